package org.vigil.visual.timeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.vigil.core.incident.RuleTitles;
import org.vigil.core.model.Scenario;
import org.vigil.core.store.EventHistoryRepository;
import org.vigil.core.store.EventHistoryRepository.Extent;
import org.vigil.core.store.EventHistoryRepository.IncidentSpan;
import org.vigil.core.store.EventHistoryRepository.Lanes;
import org.vigil.core.store.ScenarioRepository;
import org.vigil.visual.selection.SituationSelection;
import org.vigil.visual.selection.TimeRange;
import org.vigil.visual.task.Background;
import org.vigil.visual.text.UiText;

/**
 * The timeline page: the selected scenario's events and incidents over time, one lane per asset or organisation.
 * Holds the visible stretch of time (zoom and pan), loads what it shows off the UI thread (bins instead of events
 * when a range is too full), and turns brushing and clicking into the window's shared selection: a brushed range
 * selects that time and the assets with events in it, a clicked bar focuses its incident.
 *
 * <p>Coordinates are those of the drawing area: x from its left edge, y from the top of the first lane.
 */
public final class TimelineViewModel {

    /** Above this many events in the loaded range, the range is read as counts per bin. */
    static final int MAX_EVENTS = 3_000;

    static final int MAX_INCIDENTS = 1_000;
    /** A counting bin is at least this many pixels wide: room for a severity glyph and a count. */
    static final double BIN_PIXELS = 18;

    static final double ZOOM_STEP = 1.5;
    /** Arrow keys pan by this share of the width. */
    static final double PAN_SHARE = 0.2;

    static final Duration LAST = Duration.ofHours(1);
    private static final double INITIAL_WIDTH = 800;

    private final ScenarioRepository scenarios;
    private final EventHistoryRepository history;
    private final SituationSelection selection;
    private final UiText text;
    private final RuleTitles titles;
    private final Background background;
    private final Executor uiThread;
    private final Clock clock;
    private final SwimLanes swimLanes;
    private final ObjectProperty<Lanes> grouping = new SimpleObjectProperty<>(this, "grouping", Lanes.ASSET);
    private final ReadOnlyObjectWrapper<TimeScale> scale;
    private final ReadOnlyObjectWrapper<LaneLayout> layout = new ReadOnlyObjectWrapper<>(new LaneLayout(List.of()));
    private final ReadOnlyObjectWrapper<TimelineSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>();
    private Scenario scenario;
    private boolean loading;
    private boolean loadAgain;
    /** Set by "last hour": live refreshes keep the view on the hour up to now until the analyst moves it. */
    private boolean following;
    /** Opened on no events and left alone since: the first refresh that finds events fits them all. */
    private boolean awaitingFirstEvents;
    /** The assets the last brush selected, so clearing the brush clears them and nobody else's. */
    private Set<String> brushedAssets;

    public TimelineViewModel(
            ScenarioRepository scenarios,
            EventHistoryRepository history,
            SituationSelection selection,
            UiText text,
            RuleTitles titles,
            Background background,
            Executor uiThread,
            Clock clock) {
        this.scenarios = scenarios;
        this.history = history;
        this.selection = Objects.requireNonNull(selection, "selection");
        this.text = text;
        this.titles = Objects.requireNonNull(titles, "titles");
        this.background = background;
        this.uiThread = uiThread;
        this.clock = clock;
        this.swimLanes = new SwimLanes(text);
        Instant now = clock.instant();
        this.scale = new ReadOnlyObjectWrapper<>(new TimeScale(now.minus(LAST), now, INITIAL_WIDTH));
        selection.scenarioIdProperty().addListener((obs, old, now2) -> open(now2));
        grouping.addListener((obs, old, now2) -> {
            relayout();
            loadIfNeeded();
        });
        // Lane names follow a language switch without reading the workspace again.
        text.messagesProperty().addListener((obs, old, now2) -> relayout());
        open(selection.scenarioIdProperty().get());
    }

    /** Whether lanes are assets or organisations. */
    public ObjectProperty<Lanes> groupingProperty() {
        return grouping;
    }

    /** The stretch of time in view, across the drawing area's width. */
    public ReadOnlyObjectProperty<TimeScale> scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    /** Why the last load failed, or null. */
    public ReadOnlyObjectProperty<String> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<LaneLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<TimelineSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    SituationSelection selection() {
        return selection;
    }

    /** The lanes shown, top to bottom. */
    public List<Lane> lanes() {
        return layout.get().lanes();
    }

    /** Whether a scenario is shown. */
    public boolean hasScenario() {
        return scenario != null;
    }

    /** An incident's title in the analyst's language where its rule translates it. */
    String title(IncidentSpan incident) {
        return titles.title(incident.ruleId(), text.languageTag(), incident.title());
    }

    // --- the view: size, zoom, pan -------------------------------------------------------------

    /** The drawing area is now this wide; the same stretch of time spreads across it. */
    public void setWidth(double width) {
        if (width > 0 && width != scale.get().width()) {
            scale.set(scale.get().resized(width));
        }
    }

    /** Zooms in ({@code factor} above 1) or out around the pointer, keeping the time under it in place. */
    public void zoom(double factor, double anchorX) {
        move(scale.get().zoomed(factor, anchorX));
    }

    public void zoomIn() {
        zoom(ZOOM_STEP, scale.get().width() / 2);
    }

    public void zoomOut() {
        zoom(1 / ZOOM_STEP, scale.get().width() / 2);
    }

    /** Moves the content by {@code dx} pixels, as a drag does. */
    public void pan(double dx) {
        move(scale.get().panned(dx));
    }

    /** Shows earlier time. */
    public void panEarlier() {
        pan(scale.get().width() * PAN_SHARE);
    }

    /** Shows later time. */
    public void panLater() {
        pan(-scale.get().width() * PAN_SHARE);
    }

    /** Shows every event of the scenario, or the last hour if it has none. */
    public void fitAll() {
        if (scenario == null) {
            return;
        }
        String id = scenario.id();
        background.submit(
                new Background.Description("timeline.status.loading"),
                () -> history.extent(id),
                extent -> {
                    if (scenario != null && scenario.id().equals(id)) {
                        fit(extent);
                    }
                },
                error -> failure.set(describe(error)));
    }

    private void fit(Optional<Extent> extent) {
        if (extent.isEmpty()) {
            lastHour();
            awaitingFirstEvents = true;
            return;
        }
        awaitingFirstEvents = false;
        Duration span = Duration.between(extent.get().first(), extent.get().last());
        // A margin of a twentieth on each side keeps the first and last marks off the edges.
        Duration margin = span.dividedBy(20).plus(Duration.ofSeconds(30));
        move(TimeScale.showing(
                extent.get().first().minus(margin),
                extent.get().last().plus(margin),
                scale.get().width()));
    }

    /** Shows the hour up to now and keeps following it as events arrive. */
    public void lastHour() {
        Instant now = clock.instant();
        move(new TimeScale(now.minus(LAST), now, scale.get().width()));
        following = true;
    }

    /** Shows the brushed range, if there is one. */
    public void zoomToSelection() {
        TimeRange range = selection.timeRangeProperty().get();
        if (range != null) {
            move(TimeScale.showing(range.from(), range.to(), scale.get().width()));
        }
    }

    private void move(TimeScale next) {
        following = false;
        scale.set(next);
        loadIfNeeded();
    }

    // --- brushing and clicking -----------------------------------------------------------------

    /**
     * Selects the time between two x positions and then the assets with events in it. A brush narrower than two
     * pixels is taken for a click and selects nothing.
     */
    public void brush(double x1, double x2) {
        if (scenario == null || Math.abs(x2 - x1) < 2) {
            return;
        }
        TimeScale now = scale.get();
        TimeRange range = new TimeRange(now.at(Math.min(x1, x2)), now.at(Math.max(x1, x2)));
        selection.timeRangeProperty().set(range);
        String id = scenario.id();
        background.submit(
                new Background.Description("timeline.status.brushing"),
                () -> history.assetsWithEvents(id, range.from(), range.to()),
                assets -> {
                    // A newer brush, or a clear, has taken over meanwhile: its outcome is the one that counts.
                    if (range.equals(selection.timeRangeProperty().get())) {
                        brushedAssets = Set.copyOf(assets);
                        selection.selectAssets(brushedAssets);
                    }
                },
                error -> failure.set(describe(error)));
    }

    /** Clears the brushed range and the assets the brush selected (not a selection made elsewhere since). */
    public void clearBrush() {
        selection.timeRangeProperty().set(null);
        if (brushedAssets != null
                && brushedAssets.equals(selection.assetIdsProperty().get())) {
            selection.clearAssets();
        }
        brushedAssets = null;
    }

    /** Selects the assets of the lane at an index (an organisation's lane: all its assets); -1 does nothing. */
    public void selectLane(int index) {
        List<Lane> lanes = lanes();
        if (index >= 0 && index < lanes.size() && !lanes.get(index).assetIds().isEmpty()) {
            selection.selectAssets(lanes.get(index).assetIds());
        }
    }

    /** What lies at a point of the drawing area. */
    Optional<TimelineHit> hitAt(double x, double y) {
        return TimelineHits.at(snapshot.get(), scale.get(), layout.get(), x, y);
    }

    /** A click: on an incident's bar it focuses that incident. Returns whether it hit one. */
    public boolean click(double x, double y) {
        Optional<TimelineHit> hit = hitAt(x, y);
        if (hit.isPresent() && hit.get() instanceof TimelineHit.Incident incident) {
            selection.incidentIdProperty().set(incident.span().id());
            return true;
        }
        return false;
    }

    // --- loading -------------------------------------------------------------------------------

    /**
     * New events or incidents may have arrived: reload what is shown (following the clock after "last hour"). UI
     * thread only; bursts cost one load at a time, with one more after it if more arrived meanwhile.
     */
    public void refresh() {
        if (awaitingFirstEvents && following) {
            // opened before any event was stored (a replay just starting): show them all once they come,
            // for a replay dates them days back, before the last hour
            fitAll();
            return;
        }
        if (following) {
            Instant now = clock.instant();
            scale.set(new TimeScale(now.minus(LAST), now, scale.get().width()));
        }
        load();
    }

    /** Like {@link #refresh}, from any thread: an {@code IncidentListener} for the timeline. */
    public void incidentChanged(String incidentId) {
        uiThread.execute(this::refresh);
    }

    private void open(String scenarioId) {
        snapshot.set(null);
        if (scenarioId == null) {
            scenario = null;
            relayout();
            return;
        }
        background.submit(
                new Background.Description("timeline.status.loading"),
                () -> new Opened(scenarios.find(scenarioId), history.extent(scenarioId)),
                opened -> {
                    if (!scenarioId.equals(selection.scenarioIdProperty().get())) {
                        return;
                    }
                    scenario = opened.scenario().orElse(null);
                    relayout();
                    if (scenario != null) {
                        fit(opened.extent()); // moving the view loads it
                    }
                },
                error -> failure.set(describe(error)));
    }

    private record Opened(Optional<Scenario> scenario, Optional<Extent> extent) {}

    private void relayout() {
        layout.set(new LaneLayout(scenario == null ? List.of() : swimLanes.of(scenario, grouping.get())));
    }

    private void loadIfNeeded() {
        TimelineSnapshot shown = snapshot.get();
        if (scenario != null && (shown == null || !shown.serves(scenario.id(), grouping.get(), scale.get()))) {
            load();
        }
    }

    private void load() {
        if (scenario == null) {
            return;
        }
        if (loading) {
            loadAgain = true;
            return;
        }
        loading = true;
        String id = scenario.id();
        Lanes lanes = grouping.get();
        TimeScale view = scale.get();
        Duration span = view.span();
        // Half a view more on each side: small pans show data before the next load arrives.
        Instant from = view.from().minus(span.dividedBy(2));
        Instant to = view.to().plus(span.dividedBy(2));
        Duration binWidth = TimeTicks.stepFor(view, BIN_PIXELS).approximateLength();
        background.submit(
                new Background.Description("timeline.status.loading"),
                () -> new TimelineSnapshot(
                        id,
                        lanes,
                        from,
                        to,
                        span,
                        history.history(id, from, to, lanes, MAX_EVENTS, binWidth),
                        history.incidents(id, from, to, MAX_INCIDENTS)),
                loaded -> {
                    if (scenario != null && scenario.id().equals(loaded.scenarioId())) {
                        snapshot.set(loaded);
                    }
                    failure.set(null);
                    settled();
                },
                error -> {
                    failure.set(describe(error));
                    settled();
                });
    }

    private void settled() {
        loading = false;
        if (loadAgain) {
            loadAgain = false;
            load();
        }
    }

    private static String describe(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
