package org.vigil.core.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How to play a scenario: {@code origin} is the instant scenario time zero stands for (every event
 * is dated origin + offset, and the origin tells one run's ids from another's); {@code speed} how
 * many scenario seconds pass per second, from 1× to 100×; {@code
 * startIndex} the first timeline event to play (to resume a run); {@code skipGapsOver} makes the
 * replay jump over any wait for the next event longer than this much scenario time.
 */
public record ReplaySettings(Instant origin, double speed, int startIndex, Optional<Duration> skipGapsOver) {

    public static final double MIN_SPEED = 1;
    public static final double MAX_SPEED = 100;

    public ReplaySettings {
        Objects.requireNonNull(origin, "origin");
        checkSpeed(speed);
        if (startIndex < 0) {
            throw new IllegalArgumentException("start index must not be negative, was " + startIndex);
        }
        Objects.requireNonNull(skipGapsOver, "skipGapsOver");
        skipGapsOver.ifPresent(gap -> {
            if (gap.isNegative()) {
                throw new IllegalArgumentException("gaps to skip must not be negative, was " + gap);
            }
        });
    }

    /** Real time (1×) from the first event, waiting through every gap. */
    public static ReplaySettings from(Instant origin) {
        return new ReplaySettings(origin, MIN_SPEED, 0, Optional.empty());
    }

    public ReplaySettings atSpeed(double newSpeed) {
        return new ReplaySettings(origin, newSpeed, startIndex, skipGapsOver);
    }

    public ReplaySettings startingAt(int index) {
        return new ReplaySettings(origin, speed, index, skipGapsOver);
    }

    public ReplaySettings skippingGapsOver(Duration gap) {
        return new ReplaySettings(origin, speed, startIndex, Optional.of(gap));
    }

    /** Rejects speeds outside 1× to 100× (and NaN) with a message saying so. */
    static void checkSpeed(double speed) {
        if (!(speed >= MIN_SPEED && speed <= MAX_SPEED)) {
            throw new IllegalArgumentException(
                    "replay speed must be from 1× to 100× (scenario seconds per second), was " + speed + "×");
        }
    }
}
