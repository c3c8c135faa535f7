package org.vigil.visual.feeds;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.ingest.follow.FollowStats;

/** The workstation's followed files (like {@code tail -F}), as the feeds page drives them. Safe from any thread. */
public interface FollowControl {

    /** What is being followed, read as which format; empty when nothing is. */
    record Following(List<Path> paths, FeedFormat format) {}

    /** The formats files can be followed in (line formats). */
    List<FeedFormat> formats();

    Optional<Following> following();

    /** How following goes (kept after stopping, until the next start). */
    FollowStats followStats();

    void startFollowing(List<Path> paths, FeedFormat format) throws IOException;

    /** Stops after the records in hand are stored; may take a moment. */
    void stopFollowing();
}
