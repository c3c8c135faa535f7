package org.vigil.core.correlate;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits of a {@link SigmaCorrelator}.
 *
 * @param allowedLateness how far behind the newest event time seen (the watermark) an event may be
 *     and still count; older events are counted as late and ignored
 * @param maxGroups group windows held at once over all correlation rules; beyond it the least
 *     recently fed group is evicted
 * @param maxEventsPerGroup rule hits held per group window; beyond it the oldest is evicted, so an
 *     event_count or value_count threshold above this bound cannot be reached
 */
public record CorrelatorConfig(Duration allowedLateness, int maxGroups, int maxEventsPerGroup) {

    public static final Duration DEFAULT_LATENESS = Duration.ofMinutes(1);
    public static final Duration MAX_LATENESS = Duration.ofDays(365);
    public static final int DEFAULT_MAX_GROUPS = 10_000;
    public static final int DEFAULT_MAX_EVENTS_PER_GROUP = 1_000;

    public CorrelatorConfig {
        Objects.requireNonNull(allowedLateness, "allowedLateness");
        if (allowedLateness.isNegative() || allowedLateness.compareTo(MAX_LATENESS) > 0) {
            throw new IllegalArgumentException("lateness must be between 0 and " + MAX_LATENESS);
        }
        if (maxGroups < 1 || maxEventsPerGroup < 1) {
            throw new IllegalArgumentException("bounds must be at least 1");
        }
    }

    public static CorrelatorConfig defaults() {
        return new CorrelatorConfig(DEFAULT_LATENESS, DEFAULT_MAX_GROUPS, DEFAULT_MAX_EVENTS_PER_GROUP);
    }

    public CorrelatorConfig withAllowedLateness(Duration lateness) {
        return new CorrelatorConfig(lateness, maxGroups, maxEventsPerGroup);
    }

    public CorrelatorConfig withMaxGroups(int groups) {
        return new CorrelatorConfig(allowedLateness, groups, maxEventsPerGroup);
    }

    public CorrelatorConfig withMaxEventsPerGroup(int events) {
        return new CorrelatorConfig(allowedLateness, maxGroups, events);
    }
}
