package org.vigil.app.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.FeedParsers;
import org.vigil.app.RuleBook;
import org.vigil.app.WorkspaceOpener;
import org.vigil.app.WorkspaceSeeder;
import org.vigil.content.PilotRulePacks;
import org.vigil.content.PilotScenarios;
import org.vigil.core.anomaly.AnomalyListener;
import org.vigil.core.correlate.CorrelatorConfig;
import org.vigil.core.incident.IncidentListener;
import org.vigil.core.model.Scenario;
import org.vigil.core.replay.ExecutorReplayScheduler;
import org.vigil.core.replay.ReplaySettings;
import org.vigil.core.replay.ReplayState;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.core.store.Workspace;

/** The window's live sources run anomaly detection like the command line does, on one shared monitor. */
class LivePipelinesTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final ReplayPace AT_ONCE = new ReplayPace(ReplaySettings.MAX_SPEED, Duration.ZERO);

    @TempDir
    Path dir;

    private final ExecutorReplayScheduler scheduler = new ExecutorReplayScheduler();
    private final RuleBook ruleBook = new RuleBook(new PilotRulePacks().texts(), CorrelatorConfig.defaults());
    private Workspace workspace;
    private LivePipelines pipelines;

    @BeforeEach
    void aDemoWorkspace() throws Exception {
        workspace = new WorkspaceOpener(new WorkspaceSeeder(new PilotScenarios(new ScenarioReader()), CLOCK))
                .open(dir.resolve("demo.db"));
        pipelines = new LivePipelines(
                workspace, ruleBook, ruleBook.load(List.of()), CLOCK, IncidentListener.NONE, AnomalyListener.NONE);
    }

    @AfterEach
    void close() {
        scheduler.close();
        workspace.close();
    }

    private Scenario pharmacy() {
        return pipelines.scenarios().stream()
                .filter(s -> s.id().equals("pharmacy-delivery"))
                .findFirst()
                .orElseThrow();
    }

    private void play(Scenario scenario) throws InterruptedException {
        ReplaySource replay = new ReplaySource(pipelines, FeedParsers.all(), scheduler, AT_ONCE);
        replay.play(scenario);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (replay.progress().orElseThrow().state() != ReplayState.FINISHED) {
            assertThat(System.nanoTime()).as("replay finished in time").isLessThan(deadline);
            Thread.sleep(20);
        }
        replay.close();
    }

    @Test
    void replayingThePharmacyStoryInTheWindowRaisesItsAnomalyIncident() throws Exception {
        // when the window replays the pharmacy pilot
        play(pharmacy());

        // then the monitor's anomalies are stored and the transit rule turned them into an incident
        assertThat(workspace.incidents().list(100))
                .extracting(i -> i.title())
                .anySatisfy(title -> assertThat(title).startsWith("Anomalies in transit"));
        String transit = workspace.incidents().list(100).stream()
                .filter(i -> i.title().startsWith("Anomalies in transit"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(workspace.incidents().events(transit, 100))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.source()).isEqualTo("anomaly"));
    }

    @Test
    void whatTheMonitorLearntIsInTheWorkspaceOnceTheWindowCloses() throws Exception {
        // given a run that fed the monitor
        play(pharmacy());

        // when the window closes its live sources
        pipelines.close();

        // then a new window's monitor starts from the saved streams
        assertThat(workspace.detectorStates().load().streams()).isNotEmpty();
    }
}
