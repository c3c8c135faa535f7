package org.vigil.visual.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.cascade.CascadeSettings;
import org.vigil.core.cascade.CriticalityAnalysis;
import org.vigil.core.cascade.live.CascadeSituation;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.incident.RuleTitles;
import org.vigil.core.model.IncidentState;
import org.vigil.core.model.IncidentSummary;
import org.vigil.visual.selection.SituationSelection;
import org.vigil.visual.task.Background;
import org.vigil.visual.task.ImmediateBackground;

/** The dashboard's logic on a workspace where the bank pilot was replayed, without a toolkit. */
class DashboardViewModelTest {

    private static final String BANK = "bank-payments";

    @TempDir
    static Path dir;

    private static ReplayedPilot replayed;

    private final SituationSelection selection = new SituationSelection();

    @BeforeEach
    void theBankPilotReplayedAndItsCascadeComputed() throws Exception {
        if (replayed == null) {
            // replaying costs seconds: once for the class; tests that change incidents use their own
            replayed = new ReplayedPilot(dir, BANK);
        }
        replayed.cascade.recompute();
        selection.scenarioIdProperty().set(BANK);
    }

    @AfterEach
    void noFocus() {
        selection.incidentIdProperty().set(null);
    }

    @AfterAll
    static void close() throws Exception {
        replayed.close();
        replayed = null;
    }

    private DashboardViewModel model(Clock clock, Background background, Executor uiThread) {
        return new DashboardViewModel(
                replayed.workspace.activity(),
                replayed.workspace.scenarios(),
                replayed.cascade,
                new CriticalityAnalysis(CascadeSettings.DEFAULTS.withHorizons(1440)),
                RuleTitles.none(),
                selection,
                FeedThresholds.DEFAULTS,
                clock,
                background,
                uiThread);
    }

    private DashboardViewModel model() {
        return model(ReplayedPilot.CLOCK, new ImmediateBackground(), Runnable::run);
    }

    private static List<IncidentSummary> incidents(String scenarioId) {
        return replayed.workspace.incidents().list(10_000).stream()
                .filter(i -> scenarioId == null || i.assetIds().stream().anyMatch(a -> a.startsWith(scenarioId + "/")))
                .toList();
    }

    @Test
    void openIncidentsAreCountedBySeverityAndAllByStateForTheSelectedScenario() {
        // given the incidents the replay raised in the bank
        List<IncidentSummary> bank = incidents(BANK);
        assertThat(bank).isNotEmpty();
        Map<EventSeverity, Long> bySeverity = new EnumMap<>(EventSeverity.class);
        bank.stream().filter(i -> i.state().open()).forEach(i -> bySeverity.merge(i.severity(), 1L, Long::sum));

        // when
        DashboardViewModel model = model();
        model.refresh();

        // then
        assertThat(model.openBySeverity())
                .extracting(Tally::key)
                .containsExactly(
                        EventSeverity.CRITICAL,
                        EventSeverity.HIGH,
                        EventSeverity.MEDIUM,
                        EventSeverity.LOW,
                        EventSeverity.INFO);
        model.openBySeverity()
                .forEach(t -> assertThat(t.count()).as("%s", t.key()).isEqualTo(bySeverity.getOrDefault(t.key(), 0L)));
        assertThat(model.byState()).extracting(Tally::key).containsExactly(IncidentState.values());
        assertThat(model.byState().stream().mapToLong(Tally::count).sum()).isEqualTo(bank.size());
        assertThat(model.byState().get(0)).isEqualTo(new Tally<>(IncidentState.NEW, bank.size()));
    }

    @Test
    void assetsHitPerLayerAddUpToTheLiveCascadeOfTheScenario() {
        CascadeSituation situation = replayed.cascade.situation(BANK).orElseThrow();

        DashboardViewModel model = model();
        model.refresh();

        assertThat(model.layers().stream().mapToInt(LayerImpact::hitInAll).sum())
                .isEqualTo(situation.result().impactedCount())
                .isPositive();
        assertThat(model.services())
                .isSortedAccordingTo(SituationDigest.MOST_AFFECTED)
                .isNotEmpty();
        assertThat(model.services()).allSatisfy(s -> assertThat(s.scenarioId()).isEqualTo(BANK));
    }

    @Test
    void theToggleForAllScenariosCountsEveryIncidentOfTheWorkspace() {
        DashboardViewModel model = model();
        model.refresh();
        long inBank = model.byState().stream().mapToLong(Tally::count).sum();

        // when another scenario without incidents is selected, then all scenarios asked for
        selection.scenarioIdProperty().set("retail-ecommerce");
        long inRetail = model.byState().stream().mapToLong(Tally::count).sum();
        model.allScenariosProperty().set(true);

        // then
        assertThat(inRetail).isZero();
        assertThat(model.byState().stream().mapToLong(Tally::count).sum())
                .isEqualTo(incidents(null).size())
                .isGreaterThanOrEqualTo(inBank);
    }

    @Test
    void everyMonitorOfTheReplayIsAFeedWhoseEventsAddUp() {
        DashboardViewModel model = model();
        model.refresh();

        assertThat(model.feeds())
                .extracting(f -> f.activity().source())
                .allSatisfy(source -> assertThat(source).startsWith("replay:" + BANK + "/"))
                .doesNotHaveDuplicates();
        // every event was received at the end of the story, now, so all fall in the short window
        assertThat(model.feeds().stream()
                        .mapToLong(f -> f.activity().eventsShortWindow())
                        .sum())
                .isEqualTo(replayed.workspace.events().eventCount());
        assertThat(model.feeds())
                .allSatisfy(f -> assertThat(f.sinceLast()).hasValue(Duration.ZERO))
                .allSatisfy(f -> assertThat(f.state()).isIn(FeedState.HEALTHY, FeedState.SLOW));
    }

    @Test
    void whatChangedListsTheIncidentsRaisedTheAssetsHitAndTheFeedsGoneSilentNewestFirst() {
        // given the dashboard looks 20 minutes after the story ended: the feeds went silent 5 minutes ago
        Clock later = Clock.offset(ReplayedPilot.CLOCK, Duration.ofMinutes(20));
        DashboardViewModel model = model(later, new ImmediateBackground(), Runnable::run);

        // when
        model.refresh();

        // then
        List<RecentChange> changes = model.changes();
        assertThat(changes).extracting(RecentChange::at).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(changes)
                .filteredOn(c -> c.kind() == RecentChange.Kind.FEED_SILENT)
                .extracting(RecentChange::target)
                .containsExactlyInAnyOrderElementsOf(
                        model.feeds().stream().map(f -> f.activity().source()).toList());
        assertThat(changes)
                .filteredOn(c -> c.kind() == RecentChange.Kind.FEED_SILENT)
                .allSatisfy(c -> assertThat(c.at()).isEqualTo(ReplayedPilot.NOW.plus(Duration.ofMinutes(15))));
        assertThat(changes)
                .filteredOn(c -> c.kind() == RecentChange.Kind.INCIDENT_RAISED)
                .extracting(RecentChange::target)
                .containsExactlyInAnyOrderElementsOf(
                        incidents(BANK).stream().map(IncidentSummary::id).toList());
        assertThat(changes)
                .filteredOn(c -> c.kind() == RecentChange.Kind.ASSET_HIT)
                .allSatisfy(c -> assertThat(c.at())
                        .isAfter(ReplayedPilot.NOW.minus(Duration.ofMinutes(40)))
                        .isBeforeOrEqualTo(ReplayedPilot.NOW.plus(Duration.ofMinutes(20))));
    }

    @Test
    void clickingAnIncidentOrAnAssetPublishesItToTheSharedSelection() {
        DashboardViewModel model = model();
        model.refresh();
        RecentChange raised = model.changes().stream()
                .filter(c -> c.kind() == RecentChange.Kind.INCIDENT_RAISED)
                .findFirst()
                .orElseThrow();

        // when an incident is clicked
        assertThat(model.open(raised)).isTrue();
        // then it is focused
        assertThat(selection.incidentIdProperty().get()).isEqualTo(raised.target());

        // when an asset of another scenario is clicked
        model.selectAsset("retail-ecommerce", "web-01");
        // then its scenario is shown and the asset selected
        assertThat(selection.scenarioIdProperty().get()).isEqualTo("retail-ecommerce");
        assertThat(selection.assetIdsProperty().get()).isEqualTo(Set.of("web-01"));

        // and a feed has nothing to select
        assertThat(model.open(RecentChange.feedSilent(ReplayedPilot.NOW, "replay:x")))
                .isFalse();
    }

    @Test
    void theMostCriticalAssetsAreTheCriticalityAnalysisTopComputedOncePerScenario() {
        ManualBackground background = new ManualBackground();
        DashboardViewModel model = model(ReplayedPilot.CLOCK, background, Runnable::run);

        // when the dashboard loads, then computes criticality
        model.refresh();
        background.runNext();
        assertThat(background.waiting()).containsExactly("dashboard.status.criticality");
        background.runNext();

        // then the bank's data centre costs most (docs/cascade.md)
        assertThat(model.criticalAssets()).hasSize(DashboardViewModel.SHOWN_CRITICAL);
        assertThat(model.criticalAssets().get(0).assetId()).isEqualTo("bank-dc1");
        assertThat(model.criticalAssets())
                .extracting(CriticalAsset::expectedImpact)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(model.scenario(BANK)).isPresent();

        // and a later refresh does not compute it again
        model.refresh();
        background.runNext();
        assertThat(background.waiting()).isEmpty();
        assertThat(model.criticalAssets().get(0).assetId()).isEqualTo("bank-dc1");
    }

    @Test
    void refreshesAreCoalescedToOneInFlightAndOneMore() {
        ManualBackground background = new ManualBackground();
        DashboardViewModel model = model(ReplayedPilot.CLOCK, background, Runnable::run);

        // when asked three times while the first load runs
        model.refresh();
        model.refresh();
        model.refresh();

        // then one load waits; when it ends, exactly one more starts (with the criticality job)
        assertThat(background.waiting()).containsExactly("dashboard.status.loading");
        background.runNext();
        assertThat(background.waiting())
                .containsExactlyInAnyOrder("dashboard.status.loading", "dashboard.status.criticality");
    }

    @Test
    void theCascadesUpdateIsShownThroughTheUiThread() {
        List<Runnable> uiQueue = new ArrayList<>();
        DashboardViewModel model = model(ReplayedPilot.CLOCK, new ImmediateBackground(), uiQueue::add);

        // when the cascade recomputes on its own thread
        replayed.cascade.recompute();

        // then nothing is touched until the UI thread runs the hop
        assertThat(model.layers()).isEmpty();
        assertThat(uiQueue).hasSize(1);
        uiQueue.forEach(Runnable::run);
        assertThat(model.layers()).isNotEmpty();
    }
}
