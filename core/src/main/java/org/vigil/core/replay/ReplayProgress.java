package org.vigil.core.replay;

import java.time.Duration;
import java.util.Objects;

/**
 * A replay's position: its state, how many timeline events have been delivered ({@code next} is the
 * index of the next one to play, which is where a resumed replay starts), out of {@code total},
 * the scenario time the replay's clock has reached and its speed (scenario seconds per second).
 */
public record ReplayProgress(ReplayState state, int next, int total, Duration scenarioTime, double speed) {

    public ReplayProgress {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(scenarioTime, "scenarioTime");
        if (next < 0 || next > total) {
            throw new IllegalArgumentException("next " + next + " is outside 0 to " + total);
        }
    }

    /** The share of the timeline delivered, from 0 to 1 (1 for an empty timeline). */
    public double fraction() {
        return total == 0 ? 1.0 : (double) next / total;
    }
}
