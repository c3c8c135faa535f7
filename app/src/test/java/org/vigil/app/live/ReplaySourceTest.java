package org.vigil.app.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.vigil.core.correlate.CorrelatorConfig;
import org.vigil.core.feed.ReadPosition;
import org.vigil.core.incident.IncidentListener;
import org.vigil.core.replay.ExecutorReplayScheduler;
import org.vigil.core.replay.ReplaySettings;
import org.vigil.core.replay.ReplayState;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.core.store.Workspace;

/** The workstation's replay on a real demo workspace: plays, resumes exactly, replays on request. */
class ReplaySourceTest {

    /** A real clock: each run's origin is the instant it starts. */
    private static final Clock CLOCK = Clock.systemUTC();
    /** Full speed without waiting through the script's gaps: the whole story at once. */
    private static final ReplayPace AT_ONCE = new ReplayPace(ReplaySettings.MAX_SPEED, Duration.ZERO);

    private static final int RETAIL_EVENTS =
            new PilotScenarios(new ScenarioReader()).load().get(0).timeline().size();

    @TempDir
    Path dir;

    private final ExecutorReplayScheduler scheduler = new ExecutorReplayScheduler();
    private final RuleBook ruleBook = new RuleBook(new PilotRulePacks().texts(), CorrelatorConfig.defaults());
    private Workspace workspace;
    /** Anomaly events the monitor stored next to the story's own. */
    private final AtomicInteger anomalies = new AtomicInteger();

    @BeforeEach
    void aDemoWorkspace() throws Exception {
        workspace = new WorkspaceOpener(new WorkspaceSeeder(new PilotScenarios(new ScenarioReader()), CLOCK))
                .open(dir.resolve("demo.db"));
    }

    @AfterEach
    void close() {
        scheduler.close();
        workspace.close();
    }

    private ReplaySource replay() {
        LivePipelines pipelines = new LivePipelines(
                workspace,
                ruleBook,
                ruleBook.load(List.of()),
                CLOCK,
                IncidentListener.NONE,
                raised -> anomalies.addAndGet(raised.size()));
        return new ReplaySource(pipelines, FeedParsers.all(), scheduler, AT_ONCE);
    }

    private static void playToTheEnd(ReplaySource replay) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (replay.progress().orElseThrow().state() != ReplayState.FINISHED) {
            assertThat(System.nanoTime()).as("replay finished in time").isLessThan(deadline);
            Thread.sleep(20);
        }
        replay.close(); // commits what is in hand
    }

    @Test
    void theDemoPlaysTheFirstPilotIntoTheWorkspaceAndRaisesItsIncidents() throws Exception {
        // when
        ReplaySource replay = replay();
        replay.startDemo();
        playToTheEnd(replay);

        // then
        assertThat(replay.scenario()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo("retail-ecommerce"));
        assertThat(workspace.events().eventCount()).isEqualTo(RETAIL_EVENTS + anomalies.get());
        assertThat(workspace.incidents().list(100))
                .extracting(i -> i.title())
                .contains(
                        "Account takeover: phishing click, risky sign-in, then token replay into the shop back office");
        assertThat(workspace.events().readPosition("replay:retail-ecommerce"))
                .hasValueSatisfying(p -> assertThat(p.offset()).isEqualTo(RETAIL_EVENTS));
    }

    @Test
    void aRunThatPlayedItsLastEventSavesWhatTheAnomalyMonitorLearntWithoutBeingClosed() throws Exception {
        // given
        ReplaySource replay = replay();

        // when the story plays to its end and the replay stays open, as in the window
        replay.startDemo();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (workspace.detectorStates().load().streams().isEmpty()) {
            assertThat(System.nanoTime()).as("streams saved in time").isLessThan(deadline);
            Thread.sleep(20);
        }

        // then every event is stored and the streams of the story's assets are saved
        assertThat(replay.progress().orElseThrow().state()).isEqualTo(ReplayState.FINISHED);
        assertThat(workspace.events().eventCount()).isEqualTo(RETAIL_EVENTS + anomalies.get());
        assertThat(workspace.detectorStates().load().streams())
                .allSatisfy(stream -> assertThat(stream.key().scenarioId()).isEqualTo("retail-ecommerce"));
        replay.close();
    }

    @Test
    void aFinishedRunIsNotPlayedAgainWhenTheWorkstationRestarts() throws Exception {
        // given
        ReplaySource first = replay();
        first.startDemo();
        playToTheEnd(first);
        long incidents = workspace.incidents().count();

        // when the workstation starts again
        ReplaySource again = replay();
        again.startDemo();
        playToTheEnd(again);

        // then
        assertThat(workspace.events().eventCount()).isEqualTo(RETAIL_EVENTS + anomalies.get());
        assertThat(workspace.incidents().count()).isEqualTo(incidents);
    }

    @Test
    void anInterruptedRunResumesExactlyWhereItsStoredPositionSays() throws Exception {
        // given a run that stopped after 40 events (its position is stored with its events)
        Instant origin = Instant.parse("2026-11-26T18:00:00Z");
        workspace
                .events()
                .write(
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(new ReadPosition("replay:retail-ecommerce", origin.toString(), 40)));

        // when the workstation starts
        ReplaySource replay = replay();
        replay.startDemo();
        playToTheEnd(replay);

        // then exactly the rest of the story was played, dated from the run's own origin
        assertThat(workspace.events().eventCount()).isEqualTo(RETAIL_EVENTS - 40 + anomalies.get());
        assertThat(workspace.incidents().list(100))
                .allSatisfy(i -> assertThat(i.firstEventTime()).isAfter(origin));
    }

    @Test
    void replayingAgainIsANewRunWithItsOwnEvents() throws Exception {
        // given
        ReplaySource replay = replay();
        replay.startDemo();
        playToTheEnd(replay);

        // when
        ReplaySource next = replay();
        next.startDemo();
        next.restart();
        playToTheEnd(next);

        // then every scripted event is stored twice; an anomaly of the second run dated in the same time
        // bucket as one of the first (both runs start within the same second here) is the same event
        assertThat(workspace.events().eventCount()).isBetween(2L * RETAIL_EVENTS, 2L * RETAIL_EVENTS + anomalies.get());
    }
}
