package org.vigil.visual.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.incident.IncidentActions;
import org.vigil.core.incident.IncidentListener;
import org.vigil.core.incident.RuleTitles;
import org.vigil.core.model.IncidentChange;
import org.vigil.core.model.IncidentState;
import org.vigil.core.model.IncidentSummary;
import org.vigil.core.store.IncidentRepository.EntityCount;
import org.vigil.core.store.Workspace;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;
import org.vigil.visual.selection.SituationSelection;
import org.vigil.visual.selection.TimeRange;
import org.vigil.visual.task.ImmediateBackground;
import org.vigil.visual.text.UiText;

/**
 * The incident board on the retail pilot's real incidents, raised by replaying its timeline through
 * the shipped rules: filters, the count, the shared selection, the detail and the lifecycle keys.
 */
class IncidentBoardTest {

    private static final String SKIMMER = "Magecart card skimmer detected";
    private static final String PHISHING = "Phishing campaign from a look-alike domain reached several staff";

    @TempDir
    Path dir;

    private final UiText text = new UiText(new MessageCatalog().messages(Language.EN));
    private final SituationSelection selection = new SituationSelection();
    private Workspace workspace;
    private IncidentsViewModel board;

    @BeforeEach
    void theRetailStoryReplayedIntoAWorkspaceOnTheBoard() throws Exception {
        workspace = Workspace.open(dir.resolve("w.db"));
        board = board(workspace, "ana");
        RetailReplay.into(workspace, board::incidentChanged);
        board.filterProperty().set(IncidentsViewModel.Filter.ALL);
    }

    private IncidentsViewModel board(Workspace in, String analyst) {
        return new IncidentsViewModel(
                in.incidents(),
                new IncidentActions(in.incidents(), RetailReplay.CLOCK, IncidentListener.NONE),
                new RuleTitles(RetailReplay.RULES),
                () -> in.scenarios().all(),
                selection,
                text,
                analyst,
                new ImmediateBackground(),
                Runnable::run);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private IncidentSummary titled(String title) {
        return board.incidents().stream()
                .filter(i -> i.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    private List<String> titlesShown() {
        return board.incidents().stream().map(IncidentSummary::title).toList();
    }

    private String count() {
        return text.get(
                "board.count",
                board.shownCountProperty().get(),
                board.totalCountProperty().get());
    }

    @Test
    void theStorysIncidentsAreListedWithTheirAssetsByName() {
        // then all eight incidents of the story are there
        assertThat(board.incidents()).hasSize(8);
        assertThat(count()).isEqualTo("8 of 8 incidents shown");

        // and the skimmer's assets are named as the scenario names them
        IncidentSummary skimmer = titled(SKIMMER);
        String webName = RetailReplay.retail().asset("web-01").orElseThrow().name();
        assertThat(board.assetNames(skimmer)).contains(webName).doesNotContain("retail-ecommerce/web-01");
        assertThat(skimmer.techniques()).containsExactly("T1041", "T1195.002");
    }

    @Test
    void severityAssetAndTechniqueFiltersComposeAndTheCountFollows() {
        BoardFilters filters = board.filters();

        // when only critical incidents are wanted
        filters.minimumSeverityProperty().set(EventSeverity.CRITICAL);

        // then
        assertThat(board.incidents()).hasSize(3).allMatch(i -> i.severity() == EventSeverity.CRITICAL);
        assertThat(count()).isEqualTo("3 of 8 incidents shown");

        // when also on web-01, an asset the choices offer
        assertThat(filters.assetChoices()).contains("retail-ecommerce/web-01", "retail-ecommerce/customer-db");
        filters.assetProperty().set("retail-ecommerce/web-01");

        // then the injection and the skimmer remain
        assertThat(titlesShown())
                .containsExactlyInAnyOrder(
                        SKIMMER, "SQL injection against the shop followed by bulk customer data to the same address");

        // when also by the skimmer's supply-chain technique
        assertThat(filters.techniqueChoices()).contains("T1195.002", "T1190", "T1041");
        filters.techniqueProperty().set("T1195.002");

        // then
        assertThat(titlesShown()).containsExactly(SKIMMER);
        assertThat(count()).isEqualTo("1 of 8 incidents shown");

        // when the filters are cleared
        filters.clear();

        // then
        assertThat(board.incidents()).hasSize(8);
    }

    @Test
    void theStateFilterAndTheQuickSearchFindIncidentsByWhatTheAnalystKnows() {
        // given the skimmer is acknowledged
        board.select(titled(SKIMMER).id());
        board.perform(LifecycleAction.ACKNOWLEDGE);

        // when
        board.filters().stateProperty().set(IncidentState.ACKNOWLEDGED);

        // then
        assertThat(titlesShown()).containsExactly(SKIMMER);

        // when searching by an asset's name and a word of the title, in any case
        board.filters().stateProperty().set(null);
        String mailboxOwner = board.assetName("retail-ecommerce/cs-staff");
        board.filters().searchProperty().set(mailboxOwner.toUpperCase() + " phishing");

        // then
        assertThat(titlesShown()).containsExactly(PHISHING);
    }

    @Test
    void aTimeRangeBrushedElsewhereShowsTheIncidentsWhoseEventsOverlapIt() {
        // when the timeline brushes the evening of 10 March, 20:00 to 20:30
        selection
                .timeRangeProperty()
                .set(new TimeRange(Instant.parse("2025-03-10T20:00:00Z"), Instant.parse("2025-03-10T20:30:00Z")));

        // then the incidents whose first-to-last event span overlaps it, the one starting at 20:27:05 too
        assertThat(titlesShown())
                .containsExactlyInAnyOrder(
                        "SQL injection against the shop followed by bulk customer data to the same address",
                        "Bulk customer data keeps leaving to one external address",
                        "Checkout script sends shoppers' data to an unlisted domain (card skimmer)");
        assertThat(board.filters().filterProperty().get().filtersBesidesTime()).isFalse();

        // when the chip's × clears it
        board.filters().clearTimeRange();

        // then
        assertThat(selection.timeRangeProperty().get()).isNull();
        assertThat(board.incidents()).hasSize(8);
    }

    @Test
    void anIncidentsTimeSpanCanBeSharedFromItsRow() {
        // when the row menu's "show incidents at the same time" is used on the skimmer (11 March, 11:18 to 11:41)
        IncidentSummary skimmer = titled(SKIMMER);
        board.filters().showTimeOf(skimmer);

        // then every view gets its span, and the board shows what overlaps it
        assertThat(selection.timeRangeProperty().get())
                .isEqualTo(new TimeRange(skimmer.firstEventTime(), skimmer.lastEventTime()));
        assertThat(titlesShown())
                .containsExactlyInAnyOrder(
                        SKIMMER,
                        "Checkout script sends shoppers' data to an unlisted domain (card skimmer)",
                        "Failed sign-ins to several staff accounts from one risky address");
    }

    @Test
    void selectingARowFocusesTheIncidentAndItsAssetsForTheOtherViews() {
        // when
        board.select(titled(SKIMMER).id());

        // then
        assertThat(selection.incidentIdProperty().get())
                .isEqualTo(titled(SKIMMER).id());
        assertThat(selection.assetIdsProperty().get()).isEqualTo(Set.of("checkout-plugin", "office-lan", "web-01"));
        assertThat(selection.scenarioIdProperty().get()).isEqualTo(RetailReplay.RETAIL);
        assertThat(board.detailProperty().get().incident().summary().title()).isEqualTo(SKIMMER);
    }

    @Test
    void anIncidentFocusedElsewhereIsSelectedWithoutTouchingTheSelectedAssets() {
        // given the graph has some assets selected
        selection.selectAssets(Set.of("customer-db"));
        String phishing = titled(PHISHING).id();

        // when the dashboard focuses the phishing incident
        selection.incidentIdProperty().set(phishing);

        // then the board selects it and shows it
        assertThat(board.selectedIdProperty().get()).isEqualTo(phishing);
        assertThat(board.detailProperty().get().incident().id()).isEqualTo(phishing);
        assertThat(selection.assetIdsProperty().get()).containsExactly("customer-db");
    }

    @Test
    void showInGraphFocusesTheIncidentFollowedFromElsewhereAndAsksForTheGraph() {
        // given the dashboard focused the skimmer, so the board follows it without touching the assets
        List<String> navigations = new java.util.ArrayList<>();
        board.setOnShowInGraph(() -> navigations.add("graph"));
        IncidentSummary skimmer = titled(SKIMMER);
        selection.incidentIdProperty().set(skimmer.id());
        assertThat(selection.assetIdsProperty().get()).isEmpty();

        // when the analyst picks "show in graph" on its row
        board.showInGraph(skimmer.id());

        // then its assets are selected for the graph, and the window is asked to show the graph
        assertThat(selection.assetIdsProperty().get()).contains("web-01");
        assertThat(navigations).containsExactly("graph");
    }

    @Test
    void theDetailGroupsEntitiesByTypeWithTheirEventCounts() {
        // when
        board.select(titled("Failed sign-ins to several staff accounts from one risky address")
                .id());

        // then the risky address is named by both events, each account by one
        List<EntityGroup> groups = board.detailProperty().get().entities();
        assertThat(groups)
                .extracting(EntityGroup::type)
                .containsExactly(EntityType.IP, EntityType.USER, EntityType.EMAIL);
        assertThat(groups.get(0).entities()).singleElement().satisfies(ip -> {
            assertThat(ip.entity().value()).isEqualTo("203.0.113.199");
            assertThat(ip.events()).isEqualTo(2);
        });
        assertThat(groups.get(1).entities()).extracting(EntityCount::events).containsOnly(1);
    }

    @Test
    void theDetailKeepsEventTimeAndReceivedTimeApart() {
        // when
        board.select(titled(SKIMMER).id());

        // then the events happened in March 2025 and were read when the replay ran
        var events = board.detailProperty().get().events();
        assertThat(events).hasSize(3);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.event().eventTime())
                    .isBetween(Instant.parse("2025-03-11T11:18:03Z"), Instant.parse("2025-03-11T11:41:26Z"));
            assertThat(e.event().receivedTime()).isEqualTo(RetailReplay.CLOCK.instant());
            assertThat(e.assetIds()).isNotEmpty();
        });
        assertThat(events).extracting(e -> e.event().eventTime()).isSorted();
    }

    @Test
    void theLifecycleShortcutsMoveTheIncidentAndTheTrailNamesTheAnalyst() {
        // given
        String id = titled(SKIMMER).id();
        board.select(id);
        assertThat(board.can(LifecycleAction.REOPEN)).isFalse();

        // when the analyst presses Ctrl+Shift+A, Ctrl+Shift+C, Ctrl+Shift+R, then Ctrl+Shift+O
        board.perform(LifecycleAction.ACKNOWLEDGE);
        board.perform(LifecycleAction.CONTAIN);
        board.perform(LifecycleAction.RESOLVE);
        board.perform(LifecycleAction.ACKNOWLEDGE); // a resolved incident is reopened, not acknowledged
        assertThat(workspace.incidents().find(id).orElseThrow().state()).isEqualTo(IncidentState.RESOLVED);
        board.perform(LifecycleAction.REOPEN);

        // then
        var incident = workspace.incidents().find(id).orElseThrow();
        assertThat(incident.state()).isEqualTo(IncidentState.ACKNOWLEDGED);
        assertThat(incident.changes())
                .filteredOn(c -> c.kind() == IncidentChange.Kind.STATE_CHANGED)
                .extracting(IncidentChange::detail, IncidentChange::author)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ACKNOWLEDGED", "ana"),
                        org.assertj.core.groups.Tuple.tuple("CONTAINED", "ana"),
                        org.assertj.core.groups.Tuple.tuple("RESOLVED", "ana"),
                        org.assertj.core.groups.Tuple.tuple("ACKNOWLEDGED", "ana"));
        assertThat(board.detailProperty().get().incident().state()).isEqualTo(IncidentState.ACKNOWLEDGED);
    }

    @Test
    void aMoveOnAStaleViewIsRefusedWithAClearMessage() {
        // given ana's board shows the skimmer as new
        String id = titled(SKIMMER).id();
        board.select(id);

        // when bruno, on another window, contains it first and ana then tries to contain it
        IncidentsViewModel other = board(workspace, "bruno");
        other.refresh();
        other.select(id);
        other.perform(LifecycleAction.CONTAIN);
        board.perform(LifecycleAction.CONTAIN);

        // then ana is told, in words, and sees it as it is now
        assertThat(board.failureProperty().get().key()).isEqualTo("board.refused.NOT_ALLOWED");
        assertThat(text.get(board.failureProperty().get().key()))
                .isEqualTo("The incident cannot take that step from its current state.");
        assertThat(board.detailProperty().get().incident().state()).isEqualTo(IncidentState.CONTAINED);
    }
}
