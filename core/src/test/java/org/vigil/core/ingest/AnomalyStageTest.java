package org.vigil.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.anomaly.StreamFixtures.START;
import static org.vigil.core.anomaly.StreamFixtures.config;
import static org.vigil.core.anomaly.StreamFixtures.deviation;
import static org.vigil.core.anomaly.StreamFixtures.failedLogins;
import static org.vigil.core.anomaly.StreamFixtures.fleet;
import static org.vigil.core.anomaly.StreamFixtures.position;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.anomaly.Anomaly;
import org.vigil.core.anomaly.AnomalyListener;
import org.vigil.core.anomaly.MonitorState;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.store.Workspace;

/** The anomaly stage between storage and correlation: anomaly events stored, correlated in place, state kept. */
class AnomalyStageTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);
    /** Four hours of failed logins with a burst of 40 in minute 200. */
    private static final List<Event> BURST = failedLogins(240, 200, 40, 11);

    @TempDir
    Path folder;

    /** Everything a correlation is handed, in order. */
    private static final class Seen implements EventCorrelation {
        final List<Event> events = new ArrayList<>();
        boolean finished;

        @Override
        public void correlate(List<Event> batch) {
            events.addAll(batch);
        }

        @Override
        public void finish() {
            finished = true;
        }
    }

    /** A wall clock a test moves on. */
    private static final class Ticking extends Clock {
        Instant now = CLOCK.instant();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static EventPipeline pipeline(Workspace workspace, EventCorrelation correlation, int batch) {
        return new EventPipeline(
                workspace.events(), new AssetMapper(List.of(fleet())), correlation, CLOCK, batch, IngestProgress.NONE);
    }

    @Test
    void anAnomalyIsStoredAndCorrelatedRightAfterTheReadingThatRaisedIt() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("w.vigil"))) {
            // given a pipeline whose correlation is wrapped by the anomaly stage
            Seen seen = new Seen();
            List<Anomaly> told = new ArrayList<>();
            AnomalyStage stage = AnomalyStage.open(workspace, config(), seen, told::addAll, CLOCK);
            EventPipeline pipeline = pipeline(workspace, stage, 500);

            // when a van in its corridor deviates by 420 m, then reports again
            Event deviated = deviation(START.plusSeconds(450), 38.7236, -8.9611, 420);
            List<Event> story = List.of(
                    position(START, 38.7838, -9.0903, 71, "CORRIDOR"),
                    position(START.plusSeconds(300), 38.7247, -8.9879, 89, "CORRIDOR"),
                    deviated,
                    position(START.plusSeconds(600), 38.7238, -8.9600, 40, "CORRIDOR"));
            story.forEach(pipeline::event);
            pipeline.finish();

            // then the anomaly was stored with the readings and correlated right after its reading
            assertThat(told)
                    .singleElement()
                    .satisfies(a -> assertThat(a.triggeredBy()).isEqualTo(deviated.id()));
            Event anomaly = told.get(0).event();
            assertThat(workspace.events().eventCount()).isEqualTo(5);
            assertThat(workspace.events().assetsOf(anomaly.id())).containsExactly("minimal/van");
            assertThat(seen.events)
                    .extracting(Event::id)
                    .containsExactly(
                            story.get(0).id(),
                            story.get(1).id(),
                            deviated.id(),
                            anomaly.id(),
                            story.get(3).id());
            assertThat(seen.events.get(3).category()).isEqualTo(EventCategory.ANOMALY);
            assertThat(seen.finished).isTrue();
        }
    }

    @Test
    void aBucketsAnomalyIsCorrelatedBeforeTheEventThatClosedIt() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("w.vigil"))) {
            // given the stage
            Seen seen = new Seen();
            AnomalyStage stage = AnomalyStage.open(workspace, config(), seen, AnomalyListener.NONE, CLOCK);

            // when the burst goes through it, an event a batch
            BURST.forEach(e -> stage.correlate(List.of(e)));

            // then the correlation sees events in time order, anomalies included
            List<Event> anomalies = seen.events.stream()
                    .filter(e -> e.category() == EventCategory.ANOMALY)
                    .toList();
            assertThat(anomalies).isNotEmpty();
            assertThat(seen.events).extracting(Event::eventTime).isSorted();
        }
    }

    @Test
    void theStateIsSavedWhenTheSourceEndsAndARestartGoesOnAsIfItNeverStopped() throws Exception {
        // given the first two hours of the stream through a stage that then stops and one that does not
        List<Event> firstHalf = BURST.stream()
                .filter(e -> e.eventTime().isBefore(START.plus(Duration.ofHours(2))))
                .toList();
        List<Event> secondHalf = BURST.subList(firstHalf.size(), BURST.size());
        Path stoppedFile = folder.resolve("stopped.vigil");
        try (Workspace workspace = Workspace.open(stoppedFile)) {
            EventPipeline pipeline = pipeline(
                    workspace,
                    AnomalyStage.open(workspace, config(), EventCorrelation.NONE, AnomalyListener.NONE, CLOCK),
                    64);
            firstHalf.forEach(pipeline::event);
            pipeline.finish();
            assertThat(workspace.detectorStates().streamCount()).isPositive();
        }
        List<Anomaly> fromRunning = new ArrayList<>();
        MonitorState runningState;
        try (Workspace workspace = Workspace.open(folder.resolve("running.vigil"))) {
            AnomalyStage running =
                    AnomalyStage.open(workspace, config(), EventCorrelation.NONE, fromRunning::addAll, CLOCK);
            EventPipeline pipeline = pipeline(workspace, running, 64);
            firstHalf.forEach(pipeline::event);
            pipeline.flush();
            fromRunning.clear();
            secondHalf.forEach(pipeline::event);
            pipeline.flush();
            runningState = running.monitor().state();
        }

        // when the stopped one is opened again and given the rest
        List<Anomaly> fromRestarted = new ArrayList<>();
        try (Workspace workspace = Workspace.open(stoppedFile)) {
            AnomalyStage restarted =
                    AnomalyStage.open(workspace, config(), EventCorrelation.NONE, fromRestarted::addAll, CLOCK);
            EventPipeline pipeline = pipeline(workspace, restarted, 64);
            secondHalf.forEach(pipeline::event);
            pipeline.flush();

            // then it raises the same anomalies, with the same scores, and ends in the same state
            assertThat(fromRestarted).isEqualTo(fromRunning).isNotEmpty();
            assertThat(restarted.monitor().state()).isEqualTo(runningState);
        }
    }

    @Test
    void theStateIsSavedEveryMinuteOfWallClockAndOnClose() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("w.vigil"))) {
            // given a stage on a wall clock
            Ticking clock = new Ticking();
            AnomalyStage stage =
                    AnomalyStage.open(workspace, config(), EventCorrelation.NONE, AnomalyListener.NONE, clock);

            // when a batch comes before a minute has passed, then one after
            stage.correlate(List.of(BURST.get(0)));
            int beforeAMinute = workspace.detectorStates().streamCount();
            clock.now = clock.now.plus(AnomalyStage.SAVE_EVERY);
            stage.correlate(List.of(BURST.get(1)));
            int afterAMinute = workspace.detectorStates().streamCount();
            stage.correlate(List.of(deviation(START.plusSeconds(30), 38.7236, -8.9611, 420)));
            stage.close();

            // then the first save came with the minute, the next with close
            assertThat(beforeAMinute).isZero();
            assertThat(afterAMinute).isEqualTo(2);
            assertThat(workspace.detectorStates().streamCount()).isEqualTo(3);
        }
    }
}
