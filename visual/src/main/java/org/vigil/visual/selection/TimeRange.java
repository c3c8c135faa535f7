package org.vigil.visual.selection;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A closed range of event time, as brushed on the timeline. */
public record TimeRange(Instant from, Instant to) {

    public TimeRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends before it starts: " + from + " .. " + to);
        }
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && !instant.isAfter(to);
    }

    public Duration length() {
        return Duration.between(from, to);
    }
}
