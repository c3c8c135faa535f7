package org.vigil.content.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.content.PilotReplay;
import org.vigil.core.anomaly.Anomaly;
import org.vigil.core.anomaly.AnomalyConfig;
import org.vigil.core.anomaly.LookBackProgress;
import org.vigil.core.anomaly.Metric;
import org.vigil.core.anomaly.SensitivitySettings;
import org.vigil.core.anomaly.StreamHistory;
import org.vigil.core.anomaly.StreamKey;
import org.vigil.core.anomaly.StreamLookBack;
import org.vigil.core.anomaly.StreamPoint;
import org.vigil.core.model.Scenario;
import org.vigil.core.store.Workspace;

/**
 * The pharmacy pilot looked back at: the van's route and a warming box charted from the stored events
 * give the live monitor's anomalies again, other sensitivities preview more or fewer, and a sensitivity
 * the analyst applies is kept in the workspace and used by the monitor after a restart.
 */
class PharmacyLookBackTest {

    private static final Scenario PHARMACY = PilotReplay.pilot("pharmacy-delivery");
    private static final AnomalyConfig DEFAULTS = AnomalyConfig.defaults(PilotReplay.PILOTS);
    private static final StreamKey VAN =
            new StreamKey("pharmacy-delivery/armoured-van", Metric.ROUTE_DISTANCE, "BG-41-TX");
    private static final StreamKey BOX_117 =
            new StreamKey("pharmacy-delivery/coldbox-117", Metric.TEMPERATURE, "TIVE-CCB-117");

    @TempDir
    Path folder;

    private static List<Anomaly> on(StreamKey stream, List<Anomaly> anomalies) {
        return anomalies.stream().filter(a -> a.stream().equals(stream)).toList();
    }

    private static StreamHistory lookBack(CapturedReplay replay, AnomalyConfig config, StreamKey stream) {
        return new StreamLookBack(config, replay).of(stream, replay.first(), replay.last(), LookBackProgress.NONE);
    }

    @Test
    void lookingBackAtTheVanAndTheBoxGivesTheLiveMonitorsAnomaliesAgain() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("w.vigil"))) {
            // given the pilot replayed live
            CapturedReplay replay = CapturedReplay.of(PHARMACY, workspace, DEFAULTS);

            for (StreamKey stream : List.of(VAN, BOX_117)) {
                // when the stream is looked back at over the stored events
                StreamHistory history = lookBack(replay, DEFAULTS, stream);

                // then what fires at its threshold is what the live monitor raised, score for score
                assertThat(history.derived()).isTrue();
                assertThat(history.points())
                        .hasSizeGreaterThan(on(stream, replay.anomalies()).size());
                assertThat(history.firedAt(history.threshold()))
                        .extracting(StreamPoint::time, StreamPoint::observed, StreamPoint::score)
                        .containsExactlyElementsOf(on(stream, replay.anomalies()).stream()
                                .map(a -> tuple(
                                        a.result().timestamp(),
                                        a.result().observed(),
                                        a.result().score()))
                                .toList());
            }
            assertThat(on(VAN, replay.anomalies())).hasSize(3);
            assertThat(on(BOX_117, replay.anomalies()))
                    .extracting(a -> a.result().observed())
                    .containsExactly(8.9, 12.6);
        }
    }

    @Test
    void aLowerThresholdPreviewsMoreFiringsAndAHigherFewer() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("w.vigil"))) {
            // given the warming box looked back at
            StreamHistory box = lookBack(CapturedReplay.of(PHARMACY, workspace, DEFAULTS), DEFAULTS, BOX_117);

            // then 8.9 °C (0.74) and 12.6 °C (0.86) fire now; only the second above 0.8; neither above 0.9
            assertThat(box.countAt(box.threshold())).isEqualTo(2);
            assertThat(box.countAt(0.8)).isEqualTo(1);
            assertThat(box.countAt(0.9)).isZero();
            assertThat(box.countAt(0.6)).isGreaterThanOrEqualTo(2);
            assertThat(box.firedAt(0.8)).extracting(StreamPoint::observed).containsExactly(12.6);
        }
    }

    @Test
    void anAppliedSensitivityIsKeptAndUsedByTheMonitorAfterARestart() throws Exception {
        Path file = folder.resolve("w.vigil");
        // given the analyst made box 117 less sensitive, in the workspace
        try (Workspace workspace = Workspace.open(file)) {
            SensitivitySettings settings =
                    new SensitivitySettings(workspace.settings()::get, workspace.settings()::put);
            settings.save(settings.load().thresholds().with(BOX_117, 0.8));
        }

        // when the window opens again and its monitor replays the pilot with what was stored
        try (Workspace workspace = Workspace.open(file)) {
            SensitivitySettings.Loaded loaded =
                    new SensitivitySettings(workspace.settings()::get, workspace.settings()::put).load();
            assertThat(loaded.problems()).isEmpty();
            CapturedReplay replay =
                    CapturedReplay.of(PHARMACY, workspace, DEFAULTS.withThresholds(loaded.thresholds()));

            // then box 117 raises only its 12.6 °C, the other box is unchanged
            assertThat(on(BOX_117, replay.anomalies()))
                    .extracting(a -> a.result().observed())
                    .containsExactly(12.6);
            assertThat(on(BOX_117, replay.anomalies()).get(0).event().raw()).contains("\"threshold\":0.8");
            assertThat(replay.anomalies())
                    .filteredOn(a -> a.stream().assetId().equals("coldbox-114"))
                    .hasSize(2);
        }
    }

    @Test
    void badStoredSensitivitiesAreNamedAndFallBackToTheDefault() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("w.vigil"))) {
            // given a stored value someone edited by hand
            workspace.settings().put(SensitivitySettings.KEY, "box 117 please 0.8");

            // when it is loaded
            SensitivitySettings.Loaded loaded =
                    new SensitivitySettings(workspace.settings()::get, workspace.settings()::put).load();

            // then nothing is tuned, and the problem says why
            assertThat(loaded.thresholds().tuned(BOX_117)).isEmpty();
            assertThat(loaded.thresholds().of(BOX_117, org.vigil.core.anomaly.DetectorKind.BAND))
                    .isEqualTo(0.7);
            assertThat(loaded.problems()).singleElement().asString().contains("not a list of stream thresholds");
        }
    }
}
