package org.vigil.visual.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.Asset;
import org.vigil.core.model.IncidentEvent;
import org.vigil.core.store.EventHistoryRepository.IncidentSpan;
import org.vigil.core.store.EventHistoryRepository.LaneEvent;
import org.vigil.core.store.EventHistoryRepository.Lanes;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;
import org.vigil.visual.selection.SituationSelection;
import org.vigil.visual.selection.TimeRange;
import org.vigil.visual.task.ImmediateBackground;
import org.vigil.visual.text.UiText;

/** The timeline page's logic on a workspace with the retail pilot replayed through detection, without a toolkit. */
class TimelineViewModelTest {

    private static final double WIDTH = 1_000;
    private static final int LATE = 5;

    @TempDir
    Path dir;

    private PilotTimeline pilot;
    private SituationSelection selection;
    private UiText text;
    private TimelineViewModel model;
    private final List<String> changedIncidents = new ArrayList<>();

    @BeforeEach
    void theRetailPilotReplayedAndItsTimelineShown() throws Exception {
        // all but the story's last events: those arrive live in a test
        pilot = PilotTimeline.replayed(dir, 0, changedIncidents::add);
        pilot.replay(0, pilot.size() - LATE);
        selection = new SituationSelection();
        text = new UiText(new MessageCatalog().messages(Language.EN));
        model = new TimelineViewModel(
                pilot.workspace.scenarios(),
                pilot.workspace.eventHistory(),
                selection,
                text,
                pilot.titles(),
                new ImmediateBackground(),
                Runnable::run,
                PilotTimeline.CLOCK);
        model.setWidth(WIDTH);
        selection.scenarioIdProperty().set(PilotTimeline.RETAIL);
    }

    @AfterEach
    void close() {
        pilot.close();
    }

    private List<LaneEvent> events() {
        return model.snapshotProperty().get().history().events();
    }

    @Test
    void openingAScenarioShowsAllItsEventsWithEventAndReceivedTimeApart() {
        // then the view spans the story, every mapped event in its asset's lane
        TimeScale scale = model.scaleProperty().get();
        List<LaneEvent> events = events();
        assertThat(events).isNotEmpty();
        assertThat(model.snapshotProperty().get().history().binned()).isFalse();
        assertThat(events).allSatisfy(e -> {
            assertThat(scale.shows(e.eventTime())).isTrue();
            assertThat(Duration.between(e.eventTime(), e.receivedTime())).isEqualTo(PilotTimeline.DELAY);
            assertThat(model.layoutProperty().get().indexOf(e.lane())).isNotNegative();
        });
        assertThat(events.stream().filter(e -> e.lane() != null).map(LaneEvent::lane))
                .allMatch(lane -> pilot.retail.asset(lane).isPresent());
    }

    @Test
    void lanesRunByLayerThenNameWithTheUnmappedLaneLast() {
        List<Lane> lanes = model.lanes();

        assertThat(lanes).hasSize(pilot.retail.assets().size() + 1);
        assertThat(lanes.subList(0, lanes.size() - 1)).extracting(Lane::layer).isSorted();
        assertThat(lanes.get(lanes.size() - 1).kind()).isEqualTo(Lane.Kind.UNMAPPED);
        assertThat(lanes.get(lanes.size() - 1).label()).isEqualTo("Unmapped events");
    }

    @Test
    void lanesByOrganisationGroupEachOwnersAssetsAndTheirEvents() {
        // given the events per asset
        List<LaneEvent> byAsset = events();

        // when
        model.groupingProperty().set(Lanes.ORGANISATION);

        // then one lane per organisation, holding exactly the assets it owns
        List<Lane> lanes = model.lanes();
        assertThat(lanes).hasSize(pilot.retail.organisations().size() + 1);
        for (Lane lane : lanes.subList(0, lanes.size() - 1)) {
            assertThat(lane.assetIds())
                    .containsExactlyInAnyOrderElementsOf(pilot.retail.assets().stream()
                            .filter(a -> a.ownerId().equals(lane.key()))
                            .map(Asset::id)
                            .toList());
        }
        // and each organisation's lane shows the events of its assets, once each
        assertThat(model.snapshotProperty().get().grouping()).isEqualTo(Lanes.ORGANISATION);
        for (Lane lane : lanes.subList(0, lanes.size() - 1)) {
            Set<String> expected = byAsset.stream()
                    .filter(e -> e.lane() != null && lane.assetIds().contains(e.lane()))
                    .map(LaneEvent::eventId)
                    .collect(Collectors.toSet());
            List<String> shown = events().stream()
                    .filter(e -> lane.key().equals(e.lane()))
                    .map(LaneEvent::eventId)
                    .toList();
            assertThat(shown).as(lane.key()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void brushingSelectsTheRangeAndTheAssetsWithEventsInIt() {
        // given the second quarter of the view
        TimeScale scale = model.scaleProperty().get();
        double from = WIDTH / 4;
        double to = WIDTH / 2;

        // when the analyst brushes it, right to left
        model.brush(to, from);

        // then
        TimeRange range = selection.timeRangeProperty().get();
        assertThat(range).isEqualTo(new TimeRange(scale.at(from), scale.at(to)));
        Set<String> expected = events().stream()
                .filter(e -> e.lane() != null && range.contains(e.eventTime()))
                .map(LaneEvent::lane)
                .collect(Collectors.toSet());
        assertThat(expected).as("the range holds mapped events").isNotEmpty();
        assertThat(selection.assetIdsProperty().get()).isEqualTo(expected);
    }

    @Test
    void clearingTheBrushClearsItsRangeAndAssetsButNotASelectionMadeElsewhere() {
        // given a brush
        model.brush(0, WIDTH);
        assertThat(selection.assetIdsProperty().get()).isNotEmpty();

        // when Escape
        model.clearBrush();

        // then
        assertThat(selection.timeRangeProperty().get()).isNull();
        assertThat(selection.assetIdsProperty().get()).isEmpty();

        // given a brush, then assets picked in the graph
        model.brush(0, WIDTH);
        selection.selectAssets(Set.of("web-01"));

        // when
        model.clearBrush();

        // then
        assertThat(selection.assetIdsProperty().get()).containsExactly("web-01");
    }

    @Test
    void aClickShorterThanABrushSelectsNoRange() {
        model.brush(300, 301);

        assertThat(selection.timeRangeProperty().get()).isNull();
    }

    @Test
    void anIncidentBarSpansItsFirstToItsLastEventAndAClickFocusesIt() {
        // given an incident detection raised from the pilot's events
        IncidentSpan incident = model.snapshotProperty().get().incidents().stream()
                .filter(i -> !i.assetIds().isEmpty())
                .findFirst()
                .orElseThrow();
        List<Instant> times = pilot.workspace.incidents().events(incident.id(), 1_000).stream()
                .map(IncidentEvent::eventTime)
                .sorted()
                .toList();
        TimeScale scale = model.scaleProperty().get();
        LaneLayout layout = model.layoutProperty().get();

        // then its bar runs from its first to its last event, over its assets' lanes
        assertThat(incident.firstEventTime()).isEqualTo(times.get(0));
        assertThat(incident.lastEventTime()).isEqualTo(times.get(times.size() - 1));
        assertThat(TimelineHits.barStart(scale, incident)).isEqualTo(scale.x(times.get(0)));
        assertThat(TimelineHits.barEnd(scale, incident)).isGreaterThanOrEqualTo(scale.x(times.get(times.size() - 1)));
        List<Integer> lanes = layout.lanesOf(incident);
        assertThat(lanes)
                .extracting(i -> layout.lanes().get(i).key())
                .containsExactlyInAnyOrderElementsOf(incident.assetIds());

        // when the analyst clicks the middle of the bar
        double x = (TimelineHits.barStart(scale, incident) + TimelineHits.barEnd(scale, incident)) / 2;
        double y = layout.top(lanes.get(0)) + LaneLayout.BAR_TOP + LaneLayout.BAR_HEIGHT / 2;
        boolean hit = model.click(x, y);

        // then it is the focused incident
        assertThat(hit).isTrue();
        assertThat(selection.incidentIdProperty().get())
                .isIn(model.snapshotProperty().get().incidents().stream()
                        .map(IncidentSpan::id)
                        .toList());
    }

    @Test
    void zoomingAroundThePointerKeepsItsTimeAndLoadsTheNewView() {
        // given the time under the pointer
        double pointer = 700;
        Instant under = model.scaleProperty().get().at(pointer);

        // when zooming in closely, far past the loaded margin of events
        for (int i = 0; i < 12; i++) {
            model.zoom(TimelineViewModel.ZOOM_STEP, pointer);
        }

        // then
        TimeScale scale = model.scaleProperty().get();
        assertThat(scale.at(pointer)).isBetween(under.minusMillis(1), under.plusMillis(1));
        TimelineSnapshot shown = model.snapshotProperty().get();
        assertThat(shown.from()).isBeforeOrEqualTo(scale.from());
        assertThat(shown.to()).isAfterOrEqualTo(scale.to());
    }

    @Test
    void eventsThatArriveLiveAppearOnRefresh() {
        // given
        assertThat(events()).extracting(LaneEvent::eventTime).doesNotContain(lastScriptedTime());

        // when the story's last events arrive and the page is told
        pilot.replay(pilot.size() - LATE, pilot.size());
        model.refresh();

        // then
        assertThat(events()).extracting(LaneEvent::eventTime).contains(lastScriptedTime());
    }

    @Test
    void aTimelineOpenedBeforeAnyEventFitsTheStoryOnceItsEventsArrive() throws Exception {
        // given the page opened on a workspace whose replay has not stored anything yet
        try (PilotTimeline empty = PilotTimeline.replayed(Files.createDirectories(dir.resolve("empty")), 0, id -> {})) {
            SituationSelection fresh = new SituationSelection();
            TimelineViewModel page = new TimelineViewModel(
                    empty.workspace.scenarios(),
                    empty.workspace.eventHistory(),
                    fresh,
                    text,
                    empty.titles(),
                    new ImmediateBackground(),
                    Runnable::run,
                    PilotTimeline.CLOCK);
            page.setWidth(WIDTH);
            fresh.scenarioIdProperty().set(PilotTimeline.RETAIL);
            assertThat(page.scaleProperty().get().span()).isEqualTo(TimelineViewModel.LAST);

            // when the replay stores the story, dated days before the last hour, and the page refreshes
            empty.replay(0, empty.size());
            page.refresh();

            // then it shows the whole story
            TimeScale scale = page.scaleProperty().get();
            Instant first = PilotTimeline.ORIGIN.plusSeconds(
                    empty.retail.timeline().get(0).offsetSeconds());
            assertThat(scale.from()).isBeforeOrEqualTo(first);
            assertThat(page.snapshotProperty().get().history().events()).isNotEmpty();
        }
    }

    private Instant lastScriptedTime() {
        return PilotTimeline.ORIGIN.plusSeconds(
                pilot.retail.timeline().get(pilot.size() - 1).offsetSeconds());
    }

    @Test
    void lastHourShowsTheHourUpToTheClockAndFitAllShowsEverything() {
        // given
        int all = events().size();

        // when
        model.lastHour();
        model.refresh();

        // then
        TimeScale scale = model.scaleProperty().get();
        assertThat(scale.to()).isEqualTo(PilotTimeline.CLOCK.instant());
        assertThat(scale.span()).isEqualTo(TimelineViewModel.LAST);
        assertThat(events()).hasSizeLessThan(all);

        // when
        model.fitAll();

        // then
        assertThat(events()).hasSize(all);
    }

    @Test
    void tooltipsTellEventTimeAndReceivedTimeApart() {
        LaneEvent event = events().get(0);
        TimelineDescriptions descriptions = new TimelineDescriptions(text, model);

        String tip = descriptions.describe(new TimelineHit.Event(event));

        assertThat(tip)
                .contains("Event time: ")
                .contains("Received: ")
                .contains("received 45 seconds after it happened")
                .contains(event.summary());
    }

    @Test
    void clearingTheScenarioEmptiesTheTimeline() {
        selection.scenarioIdProperty().set(null);

        assertThat(model.lanes()).isEmpty();
        assertThat(model.snapshotProperty().get()).isNull();
        assertThat(model.hasScenario()).isFalse();
        assertThat(Objects.requireNonNull(model.failureProperty()).get()).isNull();
    }
}
