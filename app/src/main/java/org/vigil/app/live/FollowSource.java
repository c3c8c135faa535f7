package org.vigil.app.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.ingest.follow.FileFollower;
import org.vigil.core.ingest.follow.FollowStats;
import org.vigil.visual.feeds.FollowControl;

/**
 * The workstation's followed files: one set of files or folders at a time, polled on a thread of
 * its own, each poll stored with the read positions, so a restart of the workstation resumes them.
 */
public final class FollowSource implements FollowControl, AutoCloseable {

    private final LivePipelines pipelines;
    private final Map<FeedFormat, FeedParser> parsers;
    // Read by the page every second without locking; stopping waits for the last batch to be stored.
    private volatile Active active;
    private volatile FollowStats lastStats = FollowStats.NONE;

    private record Active(Following following, FileFollower follower, Thread thread) {}

    public FollowSource(LivePipelines pipelines, Map<FeedFormat, FeedParser> parsers) {
        this.pipelines = pipelines;
        this.parsers = Map.copyOf(parsers);
    }

    @Override
    public List<FeedFormat> formats() {
        return parsers.keySet().stream()
                .filter(FileFollower::canFollow)
                .sorted()
                .toList();
    }

    @Override
    public synchronized void startFollowing(List<Path> paths, FeedFormat format) throws IOException {
        if (active != null) {
            return;
        }
        FeedParser parser = parsers.get(format);
        if (parser == null || !FileFollower.canFollow(format)) {
            throw new IOException(format.cliName() + " files cannot be followed: they are not one record per line");
        }
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IOException("there is no file or folder at " + path);
            }
        }
        FileFollower follower = new FileFollower(
                paths, parser, pipelines.pipeline(), pipelines.workspace().events());
        follower.pollOnce(); // reads what is there now, and fails here rather than on the thread
        Thread thread = new Thread(
                () -> {
                    try {
                        follower.run();
                    } catch (IOException e) {
                        // A followed path became unreadable: following ends; what was read is stored.
                    }
                },
                "vigil-follow");
        thread.setDaemon(true);
        active = new Active(new Following(List.copyOf(paths), format), follower, thread);
        thread.start();
    }

    @Override
    public synchronized void stopFollowing() {
        Active stopping = active;
        if (stopping == null) {
            return;
        }
        stopping.follower().stop();
        try {
            stopping.thread().join();
            stopping.follower().close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the files are let go of either way
        }
        lastStats = stopping.follower().stats();
        active = null;
    }

    @Override
    public Optional<Following> following() {
        Active now = active;
        return now == null ? Optional.empty() : Optional.of(now.following());
    }

    @Override
    public FollowStats followStats() {
        Active now = active;
        return now == null ? lastStats : now.follower().stats();
    }

    @Override
    public void close() {
        stopFollowing();
    }
}
