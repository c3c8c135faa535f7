package org.vigil.visual.feeds;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.ingest.IngestCounts;
import org.vigil.core.ingest.follow.FollowStats;
import org.vigil.core.ingest.syslog.SyslogListenerStats;
import org.vigil.core.model.Scenario;
import org.vigil.core.replay.ReplayProgress;

/** A workstation with no replay, a listener that never started and nothing followed: pages that do not test sources. */
public final class NoLiveSources implements ReplayControl, SyslogControl, FollowControl {

    @Override
    public Optional<Scenario> scenario() {
        return Optional.empty();
    }

    @Override
    public Optional<ReplayProgress> progress() {
        return Optional.empty();
    }

    @Override
    public void pause() {}

    @Override
    public void resume() {}

    @Override
    public void setSpeed(double speed) {}

    @Override
    public void restart() {}

    @Override
    public List<Scenario> scenarios() {
        return List.of();
    }

    @Override
    public void play(Scenario scenario) {}

    @Override
    public Optional<String> listening() {
        return Optional.empty();
    }

    @Override
    public Optional<SyslogListenerStats> stats() {
        return Optional.empty();
    }

    @Override
    public IngestCounts counts() {
        return IngestCounts.NONE;
    }

    @Override
    public void start(int port) throws IOException {
        throw new IOException("no listener in this test");
    }

    @Override
    public void stop() {}

    @Override
    public void stopFollowing() {}

    @Override
    public List<FeedFormat> formats() {
        return List.of(FeedFormat.SURICATA_EVE);
    }

    @Override
    public Optional<Following> following() {
        return Optional.empty();
    }

    @Override
    public FollowStats followStats() {
        return FollowStats.NONE;
    }

    @Override
    public void startFollowing(List<Path> paths, FeedFormat format) throws IOException {
        throw new IOException("no following in this test");
    }
}
