package org.vigil.visual.feeds;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.ingest.IngestCounts;
import org.vigil.core.ingest.follow.FollowStats;
import org.vigil.core.ingest.syslog.SyslogListenerStats;
import org.vigil.core.model.Scenario;
import org.vigil.core.replay.ReplayProgress;
import org.vigil.visual.task.Background;

/**
 * The live sources on the feeds page: the scenario replay (state, position, speed, pause and
 * replay again) and the syslog listener (where it listens, received, stored, dropped, quarantined,
 * start and stop). {@link #poll()} reads the sources' state; the view calls it every second.
 */
public final class LiveSourcesViewModel {

    /** The syslog listener as shown; {@code eventsPerSecond} over the last poll. */
    public record SyslogView(
            Optional<String> listening,
            Optional<SyslogListenerStats> stats,
            IngestCounts counts,
            long eventsPerSecond) {}

    /** The followed files as shown; {@code eventsPerSecond} over the last poll. */
    public record FollowView(Optional<FollowControl.Following> following, FollowStats stats, long eventsPerSecond) {}

    public static final int DEFAULT_PORT = 5514;

    private final ReplayControl replay;
    private final SyslogControl syslog;
    private final FollowControl follow;
    private final Background background;
    private final LongSupplier nanoTime;
    private long lastPoll;
    private long lastSyslogRead;
    private long lastFollowRead;
    private final ReadOnlyObjectWrapper<ReplayProgress> replayProgress = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Scenario> replayScenario = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SyslogView> syslogView =
            new ReadOnlyObjectWrapper<>(new SyslogView(Optional.empty(), Optional.empty(), IngestCounts.NONE, 0));
    private final ReadOnlyObjectWrapper<String> syslogFailure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FollowView> followView =
            new ReadOnlyObjectWrapper<>(new FollowView(Optional.empty(), FollowStats.NONE, 0));
    private final ReadOnlyObjectWrapper<String> followFailure = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Scenario> replayChoices = FXCollections.observableArrayList();

    public LiveSourcesViewModel(
            ReplayControl replay, SyslogControl syslog, FollowControl follow, Background background) {
        this(replay, syslog, follow, background, System::nanoTime);
    }

    /** With a clock of its own for the rates, for tests. */
    LiveSourcesViewModel(
            ReplayControl replay,
            SyslogControl syslog,
            FollowControl follow,
            Background background,
            LongSupplier nanoTime) {
        this.replay = replay;
        this.syslog = syslog;
        this.follow = follow;
        this.background = background;
        this.nanoTime = nanoTime;
        this.lastPoll = nanoTime.getAsLong();
    }

    /** The replay's position and state, or null when there is no replay. */
    public ReadOnlyObjectProperty<ReplayProgress> replayProgressProperty() {
        return replayProgress.getReadOnlyProperty();
    }

    /** The scenario replayed, or null. */
    public ReadOnlyObjectProperty<Scenario> replayScenarioProperty() {
        return replayScenario.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SyslogView> syslogProperty() {
        return syslogView.getReadOnlyProperty();
    }

    /** Why the listener could not start (e.g. the port is taken), or null. */
    public ReadOnlyObjectProperty<String> syslogFailureProperty() {
        return syslogFailure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FollowView> followProperty() {
        return followView.getReadOnlyProperty();
    }

    /** Why following could not start, or null. */
    public ReadOnlyObjectProperty<String> followFailureProperty() {
        return followFailure.getReadOnlyProperty();
    }

    /** The formats files can be followed in. */
    public List<FeedFormat> followFormats() {
        return follow.formats();
    }

    /** Reads the sources' state now. Cheap: counters only, no disk. */
    public void poll() {
        long now = nanoTime.getAsLong();
        double seconds = Math.max((now - lastPoll) / 1e9, 1e-3);
        lastPoll = now;
        replayProgress.set(replay.progress().orElse(null));
        replayScenario.set(replay.scenario().orElse(null));
        IngestCounts syslogCounts = syslog.counts();
        long syslogRate = Math.max(0, Math.round((syslogCounts.read() - lastSyslogRead) / seconds));
        lastSyslogRead = syslogCounts.read();
        syslogView.set(new SyslogView(syslog.listening(), syslog.stats(), syslogCounts, syslogRate));
        FollowStats followStats = follow.followStats();
        long followRate = Math.max(0, Math.round((followStats.events().read() - lastFollowRead) / seconds));
        lastFollowRead = followStats.events().read();
        followView.set(new FollowView(follow.following(), followStats, followRate));
    }

    /** Follows files or folders in a format, off the UI thread: the first read may take a while. */
    public void startFollowing(List<Path> paths, FeedFormat format) {
        if (paths.isEmpty() || format == null) {
            return;
        }
        followFailure.set(null);
        background.submit(
                new Background.Description("status.feeds.following", paths.size()),
                () -> {
                    follow.startFollowing(paths, format);
                    return Boolean.TRUE;
                },
                started -> poll(),
                error -> {
                    followFailure.set(error.getMessage() == null ? error.toString() : error.getMessage());
                    poll();
                });
    }

    /** Stops following, off the UI thread: the records in hand are stored first. */
    public void stopFollowing() {
        background.submit(
                new Background.Description("status.feeds.stopping"),
                () -> {
                    follow.stopFollowing();
                    return Boolean.TRUE;
                },
                stopped -> poll(),
                error -> {
                    followFailure.set(error.getMessage() == null ? error.toString() : error.getMessage());
                    poll();
                });
    }

    public void pauseReplay() {
        replay.pause();
        poll();
    }

    public void resumeReplay() {
        replay.resume();
        poll();
    }

    public void replaySpeed(double speed) {
        replay.setSpeed(speed);
        poll();
    }

    public void replayAgain() {
        replay.restart();
        poll();
    }

    /** The scenarios that can be replayed, loaded off the UI thread by {@link #loadReplayChoices()}. */
    public ObservableList<Scenario> replayChoices() {
        return FXCollections.unmodifiableObservableList(replayChoices);
    }

    public void loadReplayChoices() {
        background.submit(
                new Background.Description("status.feeds.replayScenarios"),
                replay::scenarios,
                replayChoices::setAll,
                error -> {});
    }

    /** Replays the chosen scenario from its start, as a new run. */
    public void replay(Scenario scenario) {
        if (scenario != null) {
            replay.play(scenario);
            poll();
        }
    }

    /** Starts the listener off the UI thread: binding a port may take a moment, or fail. */
    public void startSyslog(int port) {
        syslogFailure.set(null);
        background.submit(
                new Background.Description("status.feeds.listening", port),
                () -> {
                    syslog.start(port);
                    return Boolean.TRUE;
                },
                started -> poll(),
                error -> {
                    syslogFailure.set(error.getMessage() == null ? error.toString() : error.getMessage());
                    poll();
                });
    }

    /** Stops the listener off the UI thread: what is queued is still stored first. */
    public void stopSyslog() {
        background.submit(
                new Background.Description("status.feeds.stopping"),
                () -> {
                    syslog.stop();
                    return Boolean.TRUE;
                },
                stopped -> poll(),
                error -> {
                    syslogFailure.set(error.getMessage() == null ? error.toString() : error.getMessage());
                    poll();
                });
    }
}
