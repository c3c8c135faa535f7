package org.vigil.core.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.vigil.core.replay.ReplayFixtures.OFFSETS;
import static org.vigil.core.replay.ReplayFixtures.ORIGIN;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.Event;
import org.vigil.core.model.Scenario;
import org.vigil.core.replay.ReplayFixtures.Recorder;

/** Playing a scripted story on virtual time: order, pace, pause, speed, cancel and resume. */
class ScenarioReplayTest {

    /** Wall time at which the test starts the replay (any instant: replay times come from the origin). */
    private static final Instant WALL_START = Instant.parse("2026-11-27T10:00:00Z");

    private final Scenario story = ReplayFixtures.story();
    private final VirtualTime time = new VirtualTime(WALL_START);
    private final Recorder recorder = new Recorder();

    private ScenarioReplay replay(ReplaySettings settings) {
        return new ScenarioReplay(story, settings, ReplayFixtures.scriptedEvents(), recorder, recorder, time, time);
    }

    private ScenarioReplay started(ReplaySettings settings) {
        ScenarioReplay replay = replay(settings);
        replay.start();
        time.runDue();
        return replay;
    }

    @Test
    void playsEveryEventInTimelineOrderAtTheOriginPlusItsOffset() {
        ScenarioReplay replay = started(ReplaySettings.from(ORIGIN).atSpeed(100));

        time.advance(Duration.ofHours(1));

        assertThat(recorder.indexes).containsExactly(0, 1, 2, 3, 4);
        assertThat(recorder.events)
                .extracting(Event::eventTime)
                .containsExactlyElementsOf(
                        OFFSETS.stream().map(ORIGIN::plusSeconds).toList());
        assertThat(recorder.events)
                .extracting(Event::source)
                .containsExactly(
                        "replay:minimal/suricata-dmz",
                        "replay:minimal/suricata-dmz",
                        "replay:minimal/suricata-dmz",
                        "replay:minimal/entra-signin",
                        "replay:minimal/gps-telematics");
        assertThat(recorder.ids()).doesNotHaveDuplicates();
        assertThat(replay.progress().state()).isEqualTo(ReplayState.FINISHED);
        assertThat(replay.progress().fraction()).isEqualTo(1.0);
        assertThat(time.idle()).isTrue();
    }

    @Test
    void eachEventIsDeliveredWhenTheScenarioClockReachesItsOffset() {
        started(ReplaySettings.from(ORIGIN));

        assertThat(recorder.indexes).as("offset 0 plays at once").containsExactly(0);
        time.advance(Duration.ofSeconds(119));
        assertThat(recorder.indexes).containsExactly(0);
        time.advance(Duration.ofSeconds(1));
        assertThat(recorder.indexes).containsExactly(0, 1);
        assertThat(recorder.events.get(1).receivedTime()).isEqualTo(WALL_START.plusSeconds(120));
    }

    @Test
    void atOneHundredTimesAnHourOfScenarioPlaysInThirtySixSeconds() {
        started(ReplaySettings.from(ORIGIN).atSpeed(100));

        time.advance(Duration.ofMillis(35_999));
        assertThat(recorder.indexes).containsExactly(0, 1, 2);

        time.advance(Duration.ofMillis(1));
        assertThat(recorder.indexes).containsExactly(0, 1, 2, 3);
        assertThat(recorder.last().scenarioTime()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void longIdleGapsAreSkippedWhenAsked() {
        started(ReplaySettings.from(ORIGIN).startingAt(3).skippingGapsOver(Duration.ofMinutes(10)));

        assertThat(recorder.indexes)
                .as("the 55 minutes before the sign-in and the 1.5 hours before the van stop are skipped")
                .containsExactly(3, 4);
        assertThat(recorder.events)
                .extracting(Event::eventTime)
                .as("event times keep the script's gaps")
                .containsExactly(ORIGIN.plusSeconds(3_600), ORIGIN.plusSeconds(9_000));
    }

    @Test
    void withoutGapSkippingAResumedRunWaitsTheGapFromThePreviousEvent() {
        started(ReplaySettings.from(ORIGIN).startingAt(3));

        time.advance(Duration.ofSeconds(3_299));
        assertThat(recorder.indexes).isEmpty();
        time.advance(Duration.ofSeconds(1));
        assertThat(recorder.indexes).containsExactly(3);
    }

    @Test
    void shortGapsAreWaitedEvenWhenLongOnesAreSkipped() {
        started(ReplaySettings.from(ORIGIN).skippingGapsOver(Duration.ofMinutes(10)));

        assertThat(recorder.indexes).containsExactly(0);
        time.advance(Duration.ofSeconds(120));
        assertThat(recorder.indexes).containsExactly(0, 1);
        time.advance(Duration.ofSeconds(180));
        assertThat(recorder.indexes).as("the 55-minute gap is skipped").containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void pauseStopsDeliveryAndResumeContinuesFromTheSameEventAndTime() {
        ScenarioReplay replay = started(ReplaySettings.from(ORIGIN));
        time.advance(Duration.ofSeconds(100));

        replay.pause();
        time.advance(Duration.ofHours(5));

        assertThat(recorder.indexes).containsExactly(0);
        assertThat(replay.progress())
                .isEqualTo(new ReplayProgress(ReplayState.PAUSED, 1, 5, Duration.ofSeconds(100), 1));

        replay.resume();
        time.advance(Duration.ofSeconds(19));
        assertThat(recorder.indexes).containsExactly(0);
        time.advance(Duration.ofSeconds(1));
        assertThat(recorder.indexes).containsExactly(0, 1);
        assertThat(recorder.events.get(1).eventTime()).isEqualTo(ORIGIN.plusSeconds(120));
    }

    @Test
    void aPauseFromTheSinkTakesEffectRightAfterThatEvent() {
        ScenarioReplay[] replay = new ScenarioReplay[1];
        ReplaySink pausing = (event, index) -> {
            recorder.event(event, index);
            if (index == 1) {
                replay[0].pause();
            }
        };
        replay[0] = new ScenarioReplay(
                story,
                ReplaySettings.from(ORIGIN).atSpeed(100),
                ReplayFixtures.scriptedEvents(),
                pausing,
                recorder,
                time,
                time);
        replay[0].start();

        time.advance(Duration.ofHours(2));

        assertThat(recorder.indexes).containsExactly(0, 1);
        assertThat(replay[0].progress().next()).isEqualTo(2);
        assertThat(replay[0].progress().state()).isEqualTo(ReplayState.PAUSED);
    }

    @Test
    void aSpeedChangeTakesEffectForTheWaitInProgress() {
        ScenarioReplay replay = started(ReplaySettings.from(ORIGIN).startingAt(2));
        time.advance(Duration.ofSeconds(180));
        assertThat(recorder.indexes)
                .as("the alert, 180 s after the TLS session")
                .containsExactly(2);
        time.advance(Duration.ofSeconds(300));

        replay.setSpeed(10);

        // 3,600 - 600 = 3,000 scenario seconds are left before the sign-in: 300 s at 10×.
        time.advance(Duration.ofSeconds(299));
        assertThat(recorder.indexes).containsExactly(2);
        time.advance(Duration.ofSeconds(1));
        assertThat(recorder.indexes).containsExactly(2, 3);
        assertThat(recorder.last().speed()).isEqualTo(10);
    }

    @Test
    void aSpeedChangedWhilePausedAppliesOnResume() {
        ScenarioReplay replay = started(ReplaySettings.from(ORIGIN));
        replay.pause();
        replay.setSpeed(60);
        replay.resume();

        time.advance(Duration.ofSeconds(2));

        assertThat(recorder.indexes).containsExactly(0, 1);
    }

    @Test
    void cancelStopsForGood() {
        ScenarioReplay replay = started(ReplaySettings.from(ORIGIN).atSpeed(100));

        replay.cancel();
        replay.resume();
        time.advance(Duration.ofHours(10));

        assertThat(recorder.indexes).containsExactly(0);
        assertThat(replay.progress().state()).isEqualTo(ReplayState.CANCELLED);
        assertThat(recorder.reports)
                .extracting(ReplayProgress::state)
                .containsExactly(ReplayState.PLAYING, ReplayState.PLAYING, ReplayState.CANCELLED);
        assertThat(time.idle()).as("no wait is left behind").isTrue();
    }

    @Test
    void progressIsReportedAfterEveryEvent() {
        started(ReplaySettings.from(ORIGIN).atSpeed(100));
        time.advance(Duration.ofHours(1));

        assertThat(recorder.reports)
                .extracting(ReplayProgress::state, ReplayProgress::next, ReplayProgress::scenarioTime)
                .containsExactly(
                        tuple(ReplayState.PLAYING, 0, Duration.ZERO),
                        tuple(ReplayState.PLAYING, 1, Duration.ZERO),
                        tuple(ReplayState.PLAYING, 2, Duration.ofSeconds(120)),
                        tuple(ReplayState.PLAYING, 3, Duration.ofSeconds(300)),
                        tuple(ReplayState.PLAYING, 4, Duration.ofSeconds(3_600)),
                        tuple(ReplayState.PLAYING, 5, Duration.ofSeconds(9_000)),
                        tuple(ReplayState.FINISHED, 5, Duration.ofSeconds(9_000)));
        assertThat(recorder.reports.get(3).fraction()).isEqualTo(0.6);
    }

    @Test
    void resumingFromIndexKDeliversExactlyTheRestWithTheSameIds() {
        started(ReplaySettings.from(ORIGIN).atSpeed(100));
        time.advance(Duration.ofHours(1));
        List<Event> uninterrupted = List.copyOf(recorder.events);
        Recorder resumed = new Recorder();

        new ScenarioReplay(
                        story,
                        ReplaySettings.from(ORIGIN).atSpeed(100).startingAt(2),
                        ReplayFixtures.scriptedEvents(),
                        resumed,
                        resumed,
                        time,
                        time)
                .start();
        time.advance(Duration.ofHours(1));

        assertThat(resumed.indexes).containsExactly(2, 3, 4);
        assertThat(resumed.ids())
                .containsExactlyElementsOf(
                        uninterrupted.subList(2, 5).stream().map(Event::id).toList());
        assertThat(resumed.events)
                .extracting(Event::eventTime)
                .containsExactlyElementsOf(uninterrupted.subList(2, 5).stream()
                        .map(Event::eventTime)
                        .toList());
    }

    @Test
    void aRunWithAnotherOriginGetsOtherIds() {
        started(ReplaySettings.from(ORIGIN).atSpeed(100));
        time.advance(Duration.ofHours(1));
        Recorder later = new Recorder();

        new ScenarioReplay(
                        story,
                        ReplaySettings.from(ORIGIN.plus(Duration.ofDays(1))).atSpeed(100),
                        ReplayFixtures.scriptedEvents(),
                        later,
                        later,
                        time,
                        time)
                .start();
        time.advance(Duration.ofHours(1));

        assertThat(later.ids()).hasSize(5).doesNotContainAnyElementsOf(recorder.ids());
    }

    @Test
    void startingAtTheEndFinishesAtOnce() {
        ScenarioReplay replay = started(ReplaySettings.from(ORIGIN).startingAt(5));

        assertThat(replay.progress().state()).isEqualTo(ReplayState.FINISHED);
        assertThat(recorder.events).isEmpty();
        assertThatThrownBy(() -> replay(ReplaySettings.from(ORIGIN).startingAt(6)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("start index 6 is past the end of minimal's timeline of 5 events");
    }

    @Test
    void speedsOutsideOneToOneHundredAreRejected() {
        ScenarioReplay replay = started(ReplaySettings.from(ORIGIN));

        assertThatThrownBy(() -> ReplaySettings.from(ORIGIN).atSpeed(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("replay speed must be from 1× to 100× (scenario seconds per second), was 0.0×");
        assertThatThrownBy(() -> replay.setSpeed(101))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 101.0×");
        assertThatThrownBy(() -> replay.setSpeed(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        replay.setSpeed(1);
        replay.setSpeed(100);
        assertThat(replay.progress().speed()).isEqualTo(100);
    }

    @Test
    void aReplayStartsOnce() {
        ScenarioReplay replay = started(ReplaySettings.from(ORIGIN));

        assertThatThrownBy(replay::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a replay starts once; this one is PLAYING");
    }

    @Test
    void aSinkThatFailsCancelsTheReplayAtThatEvent() {
        ReplaySink failing = (event, index) -> {
            if (index == 1) {
                throw new IllegalStateException("disk full");
            }
            recorder.event(event, index);
        };
        ScenarioReplay replay = new ScenarioReplay(
                story,
                ReplaySettings.from(ORIGIN).atSpeed(100),
                ReplayFixtures.scriptedEvents(),
                failing,
                recorder,
                time,
                time);
        replay.start();

        assertThatThrownBy(() -> time.advance(Duration.ofHours(1))).hasMessage("disk full");

        assertThat(replay.progress().state()).isEqualTo(ReplayState.CANCELLED);
        assertThat(replay.progress().next())
                .as("where a resumed run must start")
                .isEqualTo(1);
    }

    @Test
    void theProductionSchedulerRunsTasksInDueOrderOnADaemonThread() throws InterruptedException {
        try (ExecutorReplayScheduler scheduler = new ExecutorReplayScheduler()) {
            CountDownLatch done = new CountDownLatch(1);
            StringBuffer order = new StringBuffer();
            boolean[] daemon = new boolean[1];

            // Delays leave room for a loaded machine: the cancel must come before the first is due,
            // and the second is due after it, so a cancel that failed would show.
            scheduler
                    .schedule(() -> order.append("cancelled"), Duration.ofMillis(300))
                    .cancel();
            scheduler.schedule(
                    () -> {
                        order.append("second");
                        done.countDown();
                    },
                    Duration.ofMillis(600));
            scheduler.schedule(
                    () -> {
                        order.append("first,");
                        daemon[0] = Thread.currentThread().isDaemon();
                    },
                    Duration.ZERO);

            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(order).hasToString("first,second");
            assertThat(daemon[0]).isTrue();
        }
    }
}
