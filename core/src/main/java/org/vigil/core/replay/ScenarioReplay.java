package org.vigil.core.replay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.model.Scenario;

/**
 * Plays a scenario's timeline as live monitor events, once: in timeline order, each when the
 * replay's scenario clock reaches its offset, the clock running at 1× to 100× real time. It can be
 * paused, resumed, sped up or slowed down and cancelled from any thread, started at any timeline
 * index (to resume a run), and it can jump over long idle gaps. Events go to a {@link ReplaySink},
 * every change of state and position to a {@link ReplayListener}.
 *
 * <p>The scenario clock starts at the offset of the event before the start index (0 when starting
 * at the beginning), so a resumed run waits the same gap it would have waited. Nothing sleeps:
 * every wait is a task on the {@link ReplayScheduler}, and time is read from the {@link Clock}, so
 * tests run on virtual time. Deliveries happen on the scheduler's thread, outside the replay's lock,
 * so a slow sink never blocks a pause; a pause during a delivery takes effect right after it.
 */
public final class ScenarioReplay {

    private final Scenario scenario;
    private final ScriptedEvents scripted;
    private final ReplaySink sink;
    private final ReplayListener listener;
    private final ReplayScheduler scheduler;
    private final Clock clock;
    private final Instant origin;
    private final Optional<Duration> skipGapsOver;
    private final int total;

    private final Object lock = new Object();
    // Guarded by lock. The scenario clock reads anchorScenarioNanos at anchorWall and runs at speed
    // while anchorWall is set (PLAYING); otherwise it stands at anchorScenarioNanos.
    private ReplayState state = ReplayState.NOT_STARTED;
    private double speed;
    private int next;
    private long anchorScenarioNanos;
    private Instant anchorWall;
    // Each wait is scheduled with the generation it belongs to; pause, resume, speed changes and
    // cancel start a new generation, so a wait that was already due when they came does nothing.
    private long generation;
    private ReplayScheduler.Scheduled pending;

    public ScenarioReplay(
            Scenario scenario,
            ReplaySettings settings,
            ScriptedEvents scripted,
            ReplaySink sink,
            ReplayListener listener,
            ReplayScheduler scheduler,
            Clock clock) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.scripted = Objects.requireNonNull(scripted, "scripted");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.origin = settings.origin();
        this.skipGapsOver = settings.skipGapsOver();
        this.total = scenario.timeline().size();
        if (settings.startIndex() > total) {
            throw new IllegalArgumentException("start index " + settings.startIndex() + " is past the end of "
                    + scenario.id() + "'s timeline of " + total + " events");
        }
        this.speed = settings.speed();
        this.next = settings.startIndex();
        this.anchorScenarioNanos = next == 0 ? 0 : offsetNanos(next - 1);
    }

    /** Starts playing; the first event plays as soon as the scheduler runs if it is due (or its gap is skipped). */
    public void start() {
        synchronized (lock) {
            if (state != ReplayState.NOT_STARTED) {
                throw new IllegalStateException("a replay starts once; this one is " + state);
            }
            if (next == total) {
                state = ReplayState.FINISHED;
            } else {
                state = ReplayState.PLAYING;
                anchorWall = clock.instant();
                wakeUp();
            }
            report();
        }
    }

    /** Stops delivering and stops the scenario clock; no effect unless playing. */
    public void pause() {
        synchronized (lock) {
            if (state == ReplayState.PLAYING) {
                stopClock();
                state = ReplayState.PAUSED;
                report();
            }
        }
    }

    /** Continues from the same event and scenario time; no effect unless paused. */
    public void resume() {
        synchronized (lock) {
            if (state == ReplayState.PAUSED) {
                state = ReplayState.PLAYING;
                anchorWall = clock.instant();
                wakeUp();
                report();
            }
        }
    }

    /**
     * Changes the speed, from 1× to 100×; while playing it takes effect at once, for the wait in
     * progress too.
     *
     * @throws IllegalArgumentException for a speed outside 1× to 100×
     */
    public void setSpeed(double newSpeed) {
        ReplaySettings.checkSpeed(newSpeed);
        synchronized (lock) {
            if (state == ReplayState.PLAYING) {
                Instant now = clock.instant();
                anchorScenarioNanos = scenarioNanos(now);
                anchorWall = now;
                speed = newSpeed;
                wakeUp();
            } else {
                speed = newSpeed;
            }
            report();
        }
    }

    /** Stops for good; an event being delivered still completes. No effect once finished or cancelled. */
    public void cancel() {
        synchronized (lock) {
            if (!state.isFinal()) {
                stopClock();
                state = ReplayState.CANCELLED;
                report();
            }
        }
    }

    public ReplayProgress progress() {
        synchronized (lock) {
            return snapshot();
        }
    }

    /** One wait: plays every event that is due, then schedules the wait for the next. */
    private void tick(long ticket, int scheduledFor) {
        while (true) {
            int index;
            synchronized (lock) {
                if (ticket != generation || state != ReplayState.PLAYING) {
                    return;
                }
                pending = null;
                if (next == total) {
                    stopClock();
                    state = ReplayState.FINISHED;
                    report();
                    return;
                }
                Instant now = clock.instant();
                long due = offsetNanos(next);
                long wait = due - scenarioNanos(now);
                boolean skip =
                        skipGapsOver.isPresent() && wait > skipGapsOver.get().toNanos();
                // A wait scheduled for this event is over even if rounding leaves the clock a hair short.
                if (wait > 0 && (skip || scheduledFor == next)) {
                    anchorScenarioNanos = due;
                    anchorWall = now;
                } else if (wait > 0) {
                    int waitingFor = next;
                    pending = scheduler.schedule(() -> tick(ticket, waitingFor), wallTime(wait));
                    return;
                }
                index = next;
            }
            deliver(index);
        }
    }

    /** Reads and hands over one event outside the lock; a sink that throws cancels the replay at that event. */
    private void deliver(int index) {
        Instant received = clock.instant();
        ParseOutcome outcome = scripted.read(scenario, index, origin, received);
        try {
            if (outcome instanceof ParseOutcome.Parsed parsed) {
                for (Event event : parsed.events()) {
                    sink.event(event, index);
                }
            } else {
                sink.unreadable(index, ((ParseOutcome.Rejected) outcome).reason());
            }
        } catch (RuntimeException e) {
            synchronized (lock) {
                if (!state.isFinal()) {
                    stopClock();
                    state = ReplayState.CANCELLED;
                    report();
                }
            }
            throw e;
        }
        synchronized (lock) {
            next = index + 1;
            report();
        }
    }

    /** Starts a new generation and runs a tick as soon as possible. */
    private void wakeUp() {
        long ticket = newGeneration();
        pending = scheduler.schedule(() -> tick(ticket, -1), Duration.ZERO);
    }

    private void stopClock() {
        anchorScenarioNanos = scenarioNanos(clock.instant());
        anchorWall = null;
        newGeneration();
    }

    private long newGeneration() {
        generation++;
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        return generation;
    }

    private long scenarioNanos(Instant now) {
        if (anchorWall == null) {
            return anchorScenarioNanos;
        }
        long wall = Math.max(0, Duration.between(anchorWall, now).toNanos());
        return anchorScenarioNanos + (long) Math.floor(wall * speed);
    }

    private Duration wallTime(long scenarioNanos) {
        return Duration.ofNanos((long) Math.ceil(scenarioNanos / speed));
    }

    private long offsetNanos(int index) {
        return Duration.ofSeconds(scenario.timeline().get(index).offsetSeconds())
                .toNanos();
    }

    private ReplayProgress snapshot() {
        return new ReplayProgress(state, next, total, Duration.ofNanos(scenarioNanos(clock.instant())), speed);
    }

    private void report() {
        listener.changed(snapshot());
    }
}
