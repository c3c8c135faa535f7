package org.vigil.app.live;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.feed.ReadPosition;
import org.vigil.core.ingest.LiveIngest;
import org.vigil.core.model.Scenario;
import org.vigil.core.replay.ReplayProgress;
import org.vigil.core.replay.ReplayScheduler;
import org.vigil.core.replay.ReplaySettings;
import org.vigil.core.replay.ReplaySink;
import org.vigil.core.replay.ReplayState;
import org.vigil.core.replay.ScenarioReplay;
import org.vigil.core.replay.ScriptedEvents;
import org.vigil.visual.feeds.ReplayControl;

/**
 * The workstation's scenario replay: one run at a time. Where a run has got to is stored with its
 * events (as the read position of source {@code replay:<scenario>}), so a restart resumes the run
 * exactly — nothing replayed twice, nothing skipped — and a finished run is not played again unless
 * the user asks ({@link #restart()}, a new run with new events).
 */
public final class ReplaySource implements ReplayControl, AutoCloseable {

    static final String LAST_SCENARIO = "replay.scenario";

    private final LivePipelines pipelines;
    private final ScriptedEvents scripted;
    private final ReplayScheduler scheduler;
    private final ReplayPace pace;
    private Run current;

    private record Run(Scenario scenario, ScenarioReplay replay, LiveIngest live) {}

    public ReplaySource(
            LivePipelines pipelines, Map<FeedFormat, FeedParser> parsers, ReplayScheduler scheduler, ReplayPace pace) {
        this.pace = pace;
        this.pipelines = pipelines;
        this.scripted = new ScriptedEvents(parsers);
        this.scheduler = scheduler;
    }

    static String source(Scenario scenario) {
        return "replay:" + scenario.id();
    }

    /**
     * The demo default: the scenario replayed last (else the workspace's first), from where its run
     * stopped. A run that had finished stays finished. Does nothing in a workspace without scenarios.
     */
    public void startDemo() {
        List<Scenario> scenarios = pipelines.scenarios();
        if (scenarios.isEmpty()) {
            return;
        }
        String last = pipelines
                .workspace()
                .settings()
                .get(LAST_SCENARIO)
                .orElse(scenarios.get(0).id());
        Scenario scenario =
                scenarios.stream().filter(s -> s.id().equals(last)).findFirst().orElse(scenarios.get(0));
        Optional<ReadPosition> stored = pipelines.workspace().events().readPosition(source(scenario));
        Optional<Instant> origin = stored.flatMap(ReplaySource::origin);
        if (origin.isPresent()) {
            play(scenario, origin.get(), (int)
                    Math.min(stored.get().offset(), scenario.timeline().size()));
        } else {
            play(scenario);
        }
    }

    private static Optional<Instant> origin(ReadPosition position) {
        try {
            return Optional.of(Instant.parse(position.fileIdentity()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<Scenario> scenarios() {
        return pipelines.scenarios();
    }

    /** Plays a scenario as a new run, from its start. */
    @Override
    public void play(Scenario scenario) {
        play(scenario, newOrigin(scenario), 0);
    }

    /**
     * The story is dated so that it ends now: a replay runs faster than real time, and events dated
     * in the future would look wrong next to the live feeds.
     */
    private Instant newOrigin(Scenario scenario) {
        long span = scenario.timeline().isEmpty()
                ? 0
                : scenario.timeline().get(scenario.timeline().size() - 1).offsetSeconds();
        return pipelines.clock().instant().minusSeconds(span);
    }

    private synchronized void play(Scenario scenario, Instant origin, int startIndex) {
        stopCurrent();
        pipelines.workspace().settings().put(LAST_SCENARIO, scenario.id());
        LiveIngest live = pipelines.open(List.of(scenario));
        String source = source(scenario);
        ReplaySink sink = new ReplaySink() {
            @Override
            public void event(Event event, int index) {
                live.event(event);
                live.reached(new ReadPosition(source, origin.toString(), index + 1L));
            }

            @Override
            public void unreadable(int index, String reason) {
                live.unreadable(new QuarantinedRecord(source, index, FeedFormat.JSON, reason, ""));
                live.reached(new ReadPosition(source, origin.toString(), index + 1L));
            }
        };
        ReplaySettings settings = ReplaySettings.from(origin)
                .atSpeed(pace.speed())
                .startingAt(startIndex)
                .skippingGapsOver(pace.skipGapsOver());
        // a replay that played its last event has ended as a source: its windows are judged and what
        // the anomaly monitor learnt is saved, as when an import ends; on the replay's thread, after
        // the listener, which runs under the replay's lock
        ScenarioReplay replay = new ScenarioReplay(
                scenario,
                settings,
                scripted,
                sink,
                progress -> {
                    if (progress.state() == ReplayState.FINISHED) {
                        scheduler.schedule(live::finish, Duration.ZERO);
                    }
                },
                scheduler,
                pipelines.clock());
        current = new Run(scenario, replay, live);
        replay.start();
    }

    @Override
    public synchronized Optional<Scenario> scenario() {
        return Optional.ofNullable(current).map(Run::scenario);
    }

    @Override
    public synchronized Optional<ReplayProgress> progress() {
        return Optional.ofNullable(current).map(run -> run.replay().progress());
    }

    @Override
    public synchronized void pause() {
        if (current != null) {
            current.replay().pause();
            current.live().flush();
        }
    }

    @Override
    public synchronized void resume() {
        if (current != null) {
            current.replay().resume();
        }
    }

    @Override
    public synchronized void setSpeed(double speed) {
        if (current != null) {
            current.replay().setSpeed(speed);
        }
    }

    @Override
    public synchronized void restart() {
        if (current != null) {
            play(current.scenario());
        }
    }

    private void stopCurrent() {
        if (current != null) {
            current.replay().cancel();
            current.live().close();
            current = null;
        }
    }

    /**
     * Stops the replay; what was delivered is committed, so the next start resumes right after it.
     * Its last position stays readable.
     */
    @Override
    public synchronized void close() {
        if (current != null) {
            current.replay().cancel();
            current.live().close();
        }
    }
}
