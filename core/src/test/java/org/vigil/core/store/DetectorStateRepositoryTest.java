package org.vigil.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.store.WorkspaceFixtures.IMPORTED;
import static org.vigil.core.store.WorkspaceFixtures.execute;
import static org.vigil.core.store.WorkspaceFixtures.tables;
import static org.vigil.core.store.WorkspaceFixtures.workspaceFile;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.TestScenario;
import org.vigil.core.anomaly.DetectorKind;
import org.vigil.core.anomaly.Metric;
import org.vigil.core.anomaly.MonitorState;
import org.vigil.core.anomaly.StreamKey;
import org.vigil.core.anomaly.StreamState;

/** The anomaly monitor's state in the workspace: saved, replaced, forgotten, and the schema that holds it. */
class DetectorStateRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    private static final StreamKey ROUTE = new StreamKey("pharmacy/armoured-van", Metric.ROUTE_DISTANCE, "BG-41-TX");
    private static final StreamKey LOGINS = new StreamKey("pharmacy/sso", Metric.FAILED_LOGINS, "");

    @TempDir
    Path folder;

    private static StreamState state(StreamKey key, DetectorKind kind, int seed, long tick) {
        byte[] detector = kind.create().snapshot().toBytes();
        return new StreamState(
                key,
                kind,
                detector,
                new byte[] {(byte) seed, 2, 3},
                Instant.parse("2025-03-12T06:26:18Z").plusSeconds(seed),
                tick);
    }

    @Test
    void aSavedStateIsLoadedBackInLeastRecentlyFedOrder() throws Exception {
        // given a workspace with two streams and a clock saved
        Instant clock = Instant.parse("2025-03-12T06:27:50.123456789Z");
        MonitorState saved = new MonitorState(
                Optional.of(clock),
                List.of(state(ROUTE, DetectorKind.BAND, 7, 12), state(LOGINS, DetectorKind.ENSEMBLE, 1, 3)),
                List.of());
        try (Workspace workspace = Workspace.open(workspaceFile(folder))) {
            workspace.detectorStates().save(saved, NOW);
        }

        // when it is opened again
        try (Workspace workspace = Workspace.open(workspaceFile(folder))) {
            MonitorState loaded = workspace.detectorStates().load();

            // then everything is there, exactly, the clock to the nanosecond
            assertThat(loaded.clock()).contains(clock);
            assertThat(loaded.streams())
                    .containsExactly(
                            state(LOGINS, DetectorKind.ENSEMBLE, 1, 3), state(ROUTE, DetectorKind.BAND, 7, 12));
            assertThat(workspace.detectorStates().streamCount()).isEqualTo(2);
        }
    }

    @Test
    void aLaterSaveReplacesItsStreamsAndDeletesTheForgotten() throws Exception {
        try (Workspace workspace = Workspace.open(workspaceFile(folder))) {
            // given two saved streams
            workspace
                    .detectorStates()
                    .save(
                            new MonitorState(
                                    Optional.empty(),
                                    List.of(
                                            state(ROUTE, DetectorKind.BAND, 1, 1),
                                            state(LOGINS, DetectorKind.ENSEMBLE, 1, 2)),
                                    List.of()),
                            NOW);

            // when the route stream changed and the logins were forgotten
            Instant clock = Instant.parse("2025-03-12T07:00:00Z");
            workspace
                    .detectorStates()
                    .save(
                            new MonitorState(
                                    Optional.of(clock),
                                    List.of(state(ROUTE, DetectorKind.BAND, 9, 5)),
                                    List.of(LOGINS)),
                            NOW.plusSeconds(60));

            // then
            MonitorState loaded = workspace.detectorStates().load();
            assertThat(loaded.streams()).containsExactly(state(ROUTE, DetectorKind.BAND, 9, 5));
            assertThat(loaded.clock()).contains(clock);
        }
    }

    @Test
    void rowsThisBuildCannotReadAreLeftOut() throws Exception {
        // given a saved stream, and a row of a metric from some other version
        try (Workspace workspace = Workspace.open(workspaceFile(folder))) {
            workspace
                    .detectorStates()
                    .save(
                            new MonitorState(
                                    Optional.empty(), List.of(state(ROUTE, DetectorKind.BAND, 1, 1)), List.of()),
                            NOW);
        }
        execute(
                workspaceFile(folder),
                "INSERT INTO anomaly_stream VALUES ('s/a humidity', 's/a', 'humidity', '', 'BAND', x'00', x'00', 0, 0, 0)");

        // when loaded
        try (Workspace workspace = Workspace.open(workspaceFile(folder))) {
            // then only the readable one comes back
            assertThat(workspace.detectorStates().load().streams())
                    .extracting(StreamState::key)
                    .containsExactly(ROUTE);
        }
    }

    @Test
    void aVersionFiveWorkspaceGainsTheAnomalyTablesAndKeepsItsData() throws Exception {
        // given a workspace at schema version 5 holding a scenario and a setting
        var scenario = TestScenario.small().toScenario();
        try (Workspace v5 = Workspace.open(
                workspaceFile(folder), WorkspaceSchema.migrations().subList(0, 5))) {
            assertThat(v5.schemaVersion()).isEqualTo(5);
            v5.scenarios().save(scenario, IMPORTED);
            v5.settings().put("language", "pt");
        }
        assertThat(tables(workspaceFile(folder))).doesNotContain("anomaly_stream", "anomaly_monitor");

        // when this build opens it
        try (Workspace current = Workspace.open(workspaceFile(folder))) {

            // then it is at the newest version with nothing saved yet, and the rest is as it was
            assertThat(current.schemaVersion())
                    .isEqualTo(WorkspaceSchema.migrations().size());
            assertThat(current.detectorStates().load()).isEqualTo(MonitorState.EMPTY);
            assertThat(current.scenarios().find(scenario.id())).contains(scenario);
            assertThat(current.settings().get("language")).contains("pt");
            current.detectorStates()
                    .save(
                            new MonitorState(
                                    Optional.empty(), List.of(state(ROUTE, DetectorKind.BAND, 1, 1)), List.of()),
                            NOW);
            assertThat(current.detectorStates().streamCount()).isEqualTo(1);
        }
        assertThat(tables(workspaceFile(folder))).contains("anomaly_stream", "anomaly_monitor");
    }
}
