package org.vigil.visual.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.vigil.core.store.ActivityRepository.SourceActivity;

/**
 * When a feed counts as silent (nothing received for {@code silentAfter}), quarantining (at least
 * {@code quarantineShare} of its records in the last hour quarantined) or slow (the 95th percentile of
 * its lag above {@code slowLag}). Silence outranks quarantining, which outranks slowness.
 */
public record FeedThresholds(Duration silentAfter, Duration slowLag, double quarantineShare) {

    public static final FeedThresholds DEFAULTS =
            new FeedThresholds(Duration.ofMinutes(15), Duration.ofMinutes(5), 0.01);

    public FeedThresholds {
        Objects.requireNonNull(silentAfter, "silentAfter");
        Objects.requireNonNull(slowLag, "slowLag");
        if (!(quarantineShare > 0 && quarantineShare <= 1)) {
            throw new IllegalArgumentException("quarantine share outside (0, 1]: " + quarantineShare);
        }
    }

    public FeedState stateOf(SourceActivity feed, Instant now) {
        boolean quarantining = feed.quarantinedLongWindow() > 0
                && feed.quarantinedLongWindow()
                        >= quarantineShare * (feed.eventsLongWindow() + feed.quarantinedLongWindow());
        if (feed.lastReceived().isEmpty()) {
            return quarantining ? FeedState.QUARANTINING : FeedState.SILENT;
        }
        if (Duration.between(feed.lastReceived().get(), now).compareTo(silentAfter) > 0) {
            return FeedState.SILENT;
        }
        if (quarantining) {
            return FeedState.QUARANTINING;
        }
        if (feed.p95Lag().map(lag -> lag.compareTo(slowLag) > 0).orElse(false)) {
            return FeedState.SLOW;
        }
        return FeedState.HEALTHY;
    }

    /** When the feed went silent: its last event plus {@code silentAfter}; empty if it never sent any. */
    public Optional<Instant> silentSince(SourceActivity feed) {
        return feed.lastReceived().map(last -> last.plus(silentAfter));
    }
}
