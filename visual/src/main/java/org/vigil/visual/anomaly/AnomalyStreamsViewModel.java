package org.vigil.visual.anomaly;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.vigil.core.anomaly.AnomalyConfig;
import org.vigil.core.anomaly.SensitivitySettings;
import org.vigil.core.anomaly.StoredEvents;
import org.vigil.core.anomaly.StreamHistory;
import org.vigil.core.anomaly.StreamKey;
import org.vigil.core.anomaly.StreamThresholds;
import org.vigil.core.store.DetectorStateRepository;
import org.vigil.core.store.EventHistoryRepository;
import org.vigil.core.store.SettingsRepository;
import org.vigil.visual.selection.SituationSelection;
import org.vigil.visual.task.Background;
import org.vigil.visual.text.UiText;

/**
 * The anomaly page: the open scenario's streams with their anomaly counts, one stream looked back at
 * over the scenario's events (in the background, with progress, cancellable) for its chart, and its
 * sensitivity: a threshold previewed on the chart as it moves, applied to the workspace and the live
 * monitor, or reset to the detector's own. Properties change on the UI thread only.
 */
public final class AnomalyStreamsViewModel {

    /** The slider's range: below 0.05 nearly every point fires, which helps nobody. */
    public static final double MIN_THRESHOLD = 0.05;

    public static final double MAX_THRESHOLD = 1.0;

    private final StreamCatalogue catalogue;
    private final StreamReplays replays;
    private final SensitivitySettings settings;
    private final Consumer<StreamThresholds> applied;
    private final AnomalyConfig config;
    private final StreamTexts texts;
    private final UiText text;
    private final Background background;

    private final ReadOnlyObjectWrapper<List<StreamRow>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<StreamKey> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StreamHistory> looked = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StreamChart> chart = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SensitivityPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper threshold = new ReadOnlyDoubleWrapper(0.75);
    private final ReadOnlyIntegerWrapper focused = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<String> message = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> settingsProblem = new ReadOnlyObjectWrapper<>();

    private String scenarioId;
    private StreamThresholds thresholds = StreamThresholds.NONE;

    /**
     * @param events the stored events to look back at (the store's reader in the window, raw records included)
     * @param applied told of every sensitivity applied or reset, e.g. to hand it to the live monitor
     *     ({@code AnomalyMonitor.useThresholds}, under the monitor's lock)
     * @param config the monitor's configuration: bucket length and the thresholds it starts with
     */
    public AnomalyStreamsViewModel(
            EventHistoryRepository history,
            DetectorStateRepository states,
            SettingsRepository settings,
            StoredEvents events,
            Consumer<StreamThresholds> applied,
            AnomalyConfig config,
            SituationSelection selection,
            UiText text,
            Background background,
            Executor uiThread) {
        this(
                new StreamCatalogue(history, states),
                history,
                events,
                new SensitivitySettings(settings::get, settings::put),
                applied,
                config,
                selection,
                text,
                background,
                uiThread);
    }

    AnomalyStreamsViewModel(
            StreamCatalogue catalogue,
            EventHistoryRepository history,
            StoredEvents events,
            SensitivitySettings settings,
            Consumer<StreamThresholds> applied,
            AnomalyConfig config,
            SituationSelection selection,
            UiText text,
            Background background,
            Executor uiThread) {
        this.catalogue = catalogue;
        this.replays = new StreamReplays(history, events, config, background, uiThread);
        this.settings = settings;
        this.applied = Objects.requireNonNull(applied, "applied");
        this.config = config;
        this.text = text;
        this.texts = new StreamTexts(text);
        this.background = background;
        this.thresholds = config.thresholds();
        loadSettings();
        selection.scenarioIdProperty().addListener((obs, old, now) -> open(now));
        open(selection.scenarioIdProperty().get());
    }

    public ReadOnlyObjectProperty<List<StreamRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StreamKey> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The selected stream looked back at, or null while none is (or it is being replayed). */
    public ReadOnlyObjectProperty<StreamHistory> historyProperty() {
        return looked.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StreamChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SensitivityPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The threshold on the slider. */
    public ReadOnlyDoubleProperty thresholdProperty() {
        return threshold.getReadOnlyProperty();
    }

    /** The point with keyboard or pointer focus, -1 when none. */
    public ReadOnlyIntegerProperty focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty replayingProperty() {
        return replays.runningProperty();
    }

    /** How far the replay is, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return replays.progressProperty();
    }

    /** What the page says about the last action or failure, or null. */
    public ReadOnlyObjectProperty<String> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why stored sensitivities were not used, or null. */
    public ReadOnlyObjectProperty<String> settingsProblemProperty() {
        return settingsProblem.getReadOnlyProperty();
    }

    public StreamTexts texts() {
        return texts;
    }

    /** The unit of the selected stream's values. */
    public String unit() {
        StreamKey key = selected.get();
        return key == null ? "" : texts.unit(key, config.bucket().getSeconds());
    }

    private void loadSettings() {
        background.submit(
                new Background.Description("anomaly.status.settings"),
                settings::load,
                loaded -> {
                    thresholds = loaded.thresholds();
                    settingsProblem.set(
                            loaded.problems().isEmpty()
                                    ? null
                                    : text.get("anomaly.settings.problem", String.join("; ", loaded.problems())));
                    applied.accept(thresholds);
                },
                error -> settingsProblem.set(text.get("anomaly.settings.problem", String.valueOf(error.getMessage()))));
    }

    /** Reads the streams of the scenario again, e.g. after new events arrived. */
    public void refresh() {
        open(scenarioId);
    }

    private void open(String scenario) {
        boolean changed = !Objects.equals(scenario, scenarioId);
        scenarioId = scenario;
        if (changed) {
            replays.cancel();
            selected.set(null);
            showHistory(null);
        }
        if (scenario == null) {
            rows.set(List.of());
            return;
        }
        background.submit(
                new Background.Description("anomaly.status.streams"),
                () -> catalogue.rows(scenario),
                loaded -> {
                    if (scenario.equals(scenarioId)) {
                        rows.set(List.copyOf(loaded));
                    }
                },
                error -> message.set(text.get("anomaly.streams.failed", String.valueOf(error.getMessage()))));
    }

    /** Looks back at a stream over the scenario's events, in the background. */
    public void select(StreamKey stream) {
        if (stream == null
                || (stream.equals(selected.get())
                        && (looked.get() != null || replays.runningProperty().get()))) {
            return;
        }
        replays.cancel();
        selected.set(stream);
        showHistory(null);
        message.set(null);
        replays.start(
                scenarioId,
                stream,
                thresholds,
                new Background.Description("anomaly.status.replay", texts.stream(stream)),
                this::showHistory,
                error -> message.set(
                        error instanceof CancellationException
                                ? text.get("anomaly.chart.cancelled")
                                : text.get("anomaly.chart.failed", String.valueOf(error.getMessage()))));
    }

    /** Gives up the running replay; returns whether one ran. */
    public boolean cancelReplay() {
        boolean cancelled = replays.cancel();
        if (cancelled) {
            message.set(text.get("anomaly.chart.cancelled"));
        }
        return cancelled;
    }

    private void showHistory(StreamHistory found) {
        looked.set(found);
        focused.set(-1);
        if (found == null) {
            chart.set(null);
            preview.set(null);
            return;
        }
        if (!found.derived()) {
            message.set(text.get("anomaly.chart.notDerived"));
        } else if (found.points().isEmpty()) {
            message.set(text.get("anomaly.chart.noPoints"));
        }
        threshold.set(found.threshold());
        update();
    }

    /** Moves the previewed threshold (kept within the slider's range, to two decimals). */
    public void setThreshold(double value) {
        double kept = Math.round(Math.max(MIN_THRESHOLD, Math.min(MAX_THRESHOLD, value)) * 100) / 100.0;
        threshold.set(kept);
        update();
    }

    /** The threshold the selected stream alerts at now. */
    public double liveThreshold() {
        StreamHistory found = looked.get();
        return found == null ? Double.NaN : thresholds.of(found.stream(), found.kind());
    }

    /** Whether the analyst tuned the selected stream. */
    public boolean tuned() {
        StreamKey key = selected.get();
        return key != null && thresholds.tuned(key).isPresent();
    }

    private void update() {
        StreamHistory found = looked.get();
        if (found == null) {
            return;
        }
        double live = liveThreshold();
        chart.set(new StreamChart(found, unit(), live, threshold.get()));
        preview.set(new SensitivityPreview(threshold.get(), found.countAt(threshold.get()), found.countAt(live)));
    }

    /** Saves the previewed threshold for the selected stream and hands it to the live monitor. */
    public void apply() {
        StreamKey key = selected.get();
        if (key != null) {
            save(thresholds.with(key, threshold.get()), text.get("anomaly.sensitivity.applied", threshold.get()));
        }
    }

    /** Puts the selected stream back at its detector's threshold. */
    public void reset() {
        StreamHistory found = looked.get();
        if (found != null) {
            threshold.set(found.defaultThreshold());
            save(
                    thresholds.without(found.stream()),
                    text.get("anomaly.sensitivity.resetDone", found.defaultThreshold()));
        }
    }

    private void save(StreamThresholds next, String done) {
        background.submit(
                new Background.Description("anomaly.status.saving"),
                () -> {
                    settings.save(next);
                    return next;
                },
                saved -> {
                    thresholds = saved;
                    applied.accept(saved);
                    message.set(done);
                    update();
                },
                error -> message.set(text.get("anomaly.sensitivity.saveFailed", String.valueOf(error.getMessage()))));
    }

    /** Focuses point {@code index} (clamped), e.g. under the pointer. */
    public void focus(int index) {
        StreamChart shown = chart.get();
        if (shown == null || shown.points().isEmpty()) {
            focused.set(-1);
            return;
        }
        focused.set(Math.max(0, Math.min(shown.points().size() - 1, index)));
    }

    /** Moves focus by {@code step} points (arrow keys), starting from the first or last. */
    public void moveFocus(int step) {
        int now = focused.get();
        focus(now < 0 ? (step > 0 ? 0 : Integer.MAX_VALUE) : now + step);
    }

    /** Moves focus to the next point that fires now or would at the preview (Page Up and Down). */
    public void focusFiring(int step) {
        StreamChart shown = chart.get();
        if (shown == null) {
            return;
        }
        int from = focused.get() < 0 ? (step > 0 ? -1 : shown.points().size()) : focused.get();
        int next = shown.nextFiring(from, step);
        if (next != from) {
            focus(next);
        }
    }

    /** The focused point's values and contributions, or the hint how to focus one. */
    public String focusedText() {
        StreamChart shown = chart.get();
        int index = focused.get();
        if (shown == null || index < 0) {
            return text.get("anomaly.point.none");
        }
        var point = shown.points().get(index);
        String line = texts.point(point, unit());
        if (shown.firesNow(index)) {
            line += " \u00B7 " + text.get("anomaly.point.firesNow");
        } else if (shown.wouldFire(index)) {
            line += " \u00B7 " + text.get("anomaly.point.wouldFire", threshold.get());
        }
        String contributions = texts.contributions(point);
        return contributions.isEmpty() ? line : line + "\n" + contributions;
    }

    /** The preview as a sentence: "3 points would have fired (2 now)". */
    public String previewText() {
        SensitivityPreview shown = preview.get();
        return shown == null ? "" : text.get("anomaly.sensitivity.preview", shown.wouldFire(), shown.firesNow());
    }

    /** The threshold's state as a sentence: default, or tuned and the default. */
    public String thresholdText() {
        StreamHistory found = looked.get();
        if (found == null) {
            return "";
        }
        return tuned()
                ? text.get("anomaly.sensitivity.tuned", liveThreshold(), found.defaultThreshold())
                : text.get("anomaly.sensitivity.default", found.defaultThreshold());
    }
}
