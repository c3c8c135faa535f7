package org.vigil.visual.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.vigil.visual.anomaly.PharmacyWorkspace.PHARMACY;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.anomaly.AnomalyConfig;
import org.vigil.core.anomaly.DetectorKind;
import org.vigil.core.anomaly.Metric;
import org.vigil.core.anomaly.SensitivitySettings;
import org.vigil.core.anomaly.StoredEvents;
import org.vigil.core.anomaly.StreamKey;
import org.vigil.core.anomaly.StreamThresholds;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;
import org.vigil.visual.selection.SituationSelection;
import org.vigil.visual.task.Background;
import org.vigil.visual.task.ImmediateBackground;
import org.vigil.visual.text.UiText;

/** The anomaly page's model on the pharmacy pilot replayed: the list, the chart, the preview and the sensitivity. */
class AnomalyStreamsViewModelTest {

    private static final StreamKey BOX_117 =
            new StreamKey(PHARMACY + "/coldbox-117", Metric.TEMPERATURE, "TIVE-CCB-117");
    private static final StreamKey BOX_114 =
            new StreamKey(PHARMACY + "/coldbox-114", Metric.TEMPERATURE, "TIVE-CCB-114");
    private static final StreamKey VAN = new StreamKey(PHARMACY + "/armoured-van", Metric.ROUTE_DISTANCE, "BG-41-TX");

    @TempDir
    Path folder;

    private PharmacyWorkspace pharmacy;
    private final SituationSelection selection = new SituationSelection();
    private final UiText text = new UiText(new MessageCatalog().messages(Language.EN));
    private final List<StreamThresholds> applied = new ArrayList<>();

    @BeforeEach
    void replayThePharmacy() throws Exception {
        pharmacy = new PharmacyWorkspace(folder);
    }

    @AfterEach
    void close() {
        pharmacy.close();
    }

    private AnomalyStreamsViewModel model(StoredEvents events, Background background) {
        return new AnomalyStreamsViewModel(
                pharmacy.workspace.eventHistory(),
                pharmacy.workspace.detectorStates(),
                pharmacy.workspace.settings(),
                events,
                applied::add,
                pharmacy.config,
                selection,
                text,
                background,
                Runnable::run);
    }

    private AnomalyStreamsViewModel model() {
        return model(pharmacy, new ImmediateBackground());
    }

    @Test
    void theStreamsAreListedWithTheirAnomaliesMostRecentFirst() {
        // given the page
        AnomalyStreamsViewModel model = model();

        // when the pharmacy scenario is opened
        selection.scenarioIdProperty().set(PHARMACY);

        // then the boxes (the last to warm first), the van and the insider's night on the corporate
        // network come first, with their anomaly counts; the quiet streams follow, last fed first
        List<StreamRow> rows = model.rowsProperty().get();
        assertThat(rows)
                .extracting(StreamRow::stream, StreamRow::anomalies)
                .startsWith(
                        tuple(BOX_114, 2),
                        tuple(BOX_117, 2),
                        tuple(VAN, 3),
                        tuple(new StreamKey(PHARMACY + "/atlantico-corp-net", Metric.DISTINCT_DESTINATIONS, ""), 1));
        assertThat(rows.subList(4, rows.size()))
                .allSatisfy(r -> assertThat(r.anomalies()).isZero());
        assertThat(rows.subList(4, rows.size()))
                .extracting(StreamRow::lastSeen)
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(rows)
                .extracting(StreamRow::stream)
                .contains(new StreamKey(PHARMACY + "/armoured-van", Metric.DWELL, "BG-41-TX"));
        assertThat(model.texts().stream(BOX_117)).isEqualTo("Temperature on coldbox-117 (TIVE-CCB-117)");
    }

    @Test
    void aChosenStreamIsChartedInItsBandWithItsAnomaliesAndAPreviewAtItsThreshold() {
        // given the pharmacy open
        AnomalyStreamsViewModel model = model();
        selection.scenarioIdProperty().set(PHARMACY);

        // when box 117 is chosen
        model.select(BOX_117);

        // then its readings are charted, the two warm ones firing at the band detector's threshold
        StreamChart chart = model.chartProperty().get();
        assertThat(chart.history().kind()).isEqualTo(DetectorKind.BAND);
        assertThat(chart.unit()).isEqualTo("°C");
        assertThat(chart.points()).hasSizeGreaterThan(2);
        assertThat(chart.low()).isLessThanOrEqualTo(2);
        assertThat(chart.high()).isGreaterThanOrEqualTo(12.6);
        List<Double> firing = new ArrayList<>();
        for (int i = 0; i < chart.points().size(); i++) {
            if (chart.firesNow(i)) {
                firing.add(chart.points().get(i).observed());
            }
        }
        assertThat(firing).containsExactly(8.9, 12.6);
        assertThat(model.thresholdProperty().get()).isEqualTo(0.7);
        assertThat(model.previewProperty().get()).isEqualTo(new SensitivityPreview(0.7, 2, 2));
        assertThat(model.previewText()).isEqualTo("2 points would have fired (2 now)");
        assertThat(model.replayingProperty().get()).isFalse();
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void movingTheSensitivityPreviewsWhatWouldHaveFiredOnTheChart() {
        AnomalyStreamsViewModel model = model();
        selection.scenarioIdProperty().set(PHARMACY);
        model.select(BOX_117);

        // when the threshold is raised past the first warm reading, then past both
        model.setThreshold(0.8);
        SensitivityPreview higher = model.previewProperty().get();
        StreamChart chart = model.chartProperty().get();
        model.setThreshold(0.95);
        SensitivityPreview highest = model.previewProperty().get();

        // then fewer would have fired, and the chart marks which
        assertThat(higher).isEqualTo(new SensitivityPreview(0.8, 1, 2));
        assertThat(model.previewText()).isEqualTo("0 points would have fired (2 now)");
        assertThat(highest.wouldFire()).isZero();
        int last = chart.points().size() - 1;
        int warmest = chart.nextFiring(last + 1, -1);
        assertThat(chart.points().get(warmest).observed()).isEqualTo(12.6);
        assertThat(chart.wouldFire(warmest)).isTrue();
        assertThat(chart.firesNow(warmest)).isTrue();

        // and a lower threshold never fires fewer
        model.setThreshold(0.5);
        assertThat(model.previewProperty().get().wouldFire()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void thePointsAreReadWithTheKeyboard() {
        AnomalyStreamsViewModel model = model();
        selection.scenarioIdProperty().set(PHARMACY);
        model.select(VAN);

        // when focus jumps to the first firing point and one point on
        model.focusFiring(1);
        String first = model.focusedText();
        model.moveFocus(1);

        // then the first is the tracker's 420 m deviation, firing now, with what contributed
        assertThat(first).contains("observed 420 m", "expected 0", "normal 0 to 250", "score 0.85", "fires now");
        assertThat(first).contains("Contributed most: above the configured limit 100%");
        assertThat(model.focusedProperty().get()).isPositive();
        model.focus(Integer.MAX_VALUE);
        assertThat(model.focusedProperty().get())
                .isEqualTo(model.chartProperty().get().points().size() - 1);
    }

    @Test
    void anAppliedSensitivityIsSavedHandedToTheMonitorAndKeptAfterARestart() {
        AnomalyStreamsViewModel model = model();
        selection.scenarioIdProperty().set(PHARMACY);
        model.select(BOX_117);

        // when the analyst applies 0.8 to box 117
        model.setThreshold(0.8);
        model.apply();

        // then the live monitor is told, the preview counts 1 now, and the workspace keeps it
        assertThat(applied.get(applied.size() - 1).tuned(BOX_117)).hasValue(0.8);
        assertThat(model.previewProperty().get()).isEqualTo(new SensitivityPreview(0.8, 1, 1));
        assertThat(model.thresholdText()).isEqualTo("Tuned to 0.80 (the detector's default: 0.70)");
        assertThat(model.messageProperty().get()).isEqualTo("Saved: the stream now alerts at 0.80.");

        // and a page opened after a restart starts from it
        SituationSelection again = new SituationSelection();
        AnomalyStreamsViewModel reopened = new AnomalyStreamsViewModel(
                pharmacy.workspace.eventHistory(),
                pharmacy.workspace.detectorStates(),
                pharmacy.workspace.settings(),
                pharmacy,
                applied::add,
                AnomalyConfig.defaults(pharmacy.pilots),
                again,
                text,
                new ImmediateBackground(),
                Runnable::run);
        again.scenarioIdProperty().set(PHARMACY);
        reopened.select(BOX_117);
        assertThat(reopened.thresholdProperty().get()).isEqualTo(0.8);
        assertThat(reopened.previewProperty().get().firesNow()).isEqualTo(1);

        // when it is reset, the default is back, in the workspace too
        reopened.reset();
        assertThat(reopened.previewProperty().get()).isEqualTo(new SensitivityPreview(0.7, 2, 2));
        assertThat(new SensitivitySettings(pharmacy.workspace.settings()::get, pharmacy.workspace.settings()::put)
                        .load()
                        .thresholds()
                        .tuned(BOX_117))
                .isEmpty();
    }

    @Test
    void badStoredSensitivitiesAreReportedAndTheDefaultsUsed() {
        // given a stored value no codec wrote
        pharmacy.workspace.settings().put(SensitivitySettings.KEY, "vigil-stream-thresholds 1\nhigh\t" + BOX_117.id());

        // when the page opens on it
        AnomalyStreamsViewModel model = model();
        selection.scenarioIdProperty().set(PHARMACY);
        model.select(BOX_117);

        // then it says which and why, and the box alerts at its default
        assertThat(model.settingsProblemProperty().get())
                .startsWith("Some saved sensitivities could not be read, so those streams use their default:")
                .contains("\"high\" is not a threshold", BOX_117.id());
        assertThat(model.thresholdProperty().get()).isEqualTo(0.7);
        assertThat(model.tuned()).isFalse();
    }

    @Test
    void withoutRawRecordsATelemetryStreamSaysItHasNoChart() {
        // given the page reading events as the timeline does
        AnomalyStreamsViewModel model =
                model(new HistoryEvents(pharmacy.workspace.eventHistory()), new ImmediateBackground());
        selection.scenarioIdProperty().set(PHARMACY);

        // when the van is chosen
        model.select(VAN);

        // then the page says why there is no chart instead of drawing a wrong one
        assertThat(model.chartProperty().get().points()).isEmpty();
        assertThat(model.messageProperty().get()).startsWith("This workspace cannot yet read back the records");
    }

    @Test
    void aRunningReplayCanBeCancelled() {
        // given a replay that has not finished
        HeldBackground held = new HeldBackground();
        AnomalyStreamsViewModel model = model(pharmacy, held);
        selection.scenarioIdProperty().set(PHARMACY);
        held.runAll(); // the list and the settings
        model.select(BOX_117);
        assertThat(model.replayingProperty().get()).isTrue();

        // when it is cancelled
        boolean cancelled = model.cancelReplay();

        // then it stops, its job is cancelled and nothing is charted even if it ends later
        assertThat(cancelled).isTrue();
        assertThat(held.cancelled).isEqualTo(1);
        assertThat(model.replayingProperty().get()).isFalse();
        held.runAll();
        assertThat(model.chartProperty().get()).isNull();
        assertThat(model.messageProperty().get()).startsWith("The replay was cancelled");
    }

    /** Runs submitted work only when told: a replay that is still running. */
    private static final class HeldBackground implements Background {
        private final List<Runnable> waiting = new ArrayList<>();
        private int cancelled;

        @Override
        public <T> Job submit(Description d, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
            waiting.add(() -> {
                try {
                    onDone.accept(work.call());
                } catch (Exception e) {
                    onFailed.accept(e);
                }
            });
            return () -> cancelled++;
        }

        void runAll() {
            List<Runnable> now = new ArrayList<>(waiting);
            waiting.clear();
            now.forEach(Runnable::run);
        }
    }
}
