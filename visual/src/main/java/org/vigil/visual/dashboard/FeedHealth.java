package org.vigil.visual.dashboard;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.vigil.core.store.ActivityRepository.SourceActivity;

/** One row of the feed health table: the source's activity, its state and the time since its last event. */
public record FeedHealth(SourceActivity activity, FeedState state, Optional<Duration> sinceLast) {

    public FeedHealth {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(sinceLast, "sinceLast");
    }
}
