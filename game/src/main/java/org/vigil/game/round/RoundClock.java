package org.vigil.game.round;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;

/**
 * The times of a round: when it started, when its current item was shown, when it finished. The time
 * taken on an item and the time left under a limit are measured from the moment it was shown.
 */
public final class RoundClock {

    private final InstantSource source;
    private final Instant started;
    private Instant shownAt;
    private Instant finished;

    /** Starts the round, and the time of its first item, now. */
    public RoundClock(InstantSource source) {
        this.source = Objects.requireNonNull(source, "clock");
        this.started = source.instant();
        this.shownAt = started;
    }

    public Instant now() {
        return source.instant();
    }

    public Instant started() {
        return started;
    }

    /** When the round finished; empty while it is played. */
    public Optional<Instant> finished() {
        return Optional.ofNullable(finished);
    }

    /** Starts the time of the next item. */
    public void show() {
        shownAt = now();
    }

    public void finish() {
        finished = now();
    }

    /** The time taken on the current item so far. */
    public Duration sinceShown() {
        return since(shownAt);
    }

    public Duration since(Instant mark) {
        return Duration.between(mark, now());
    }

    /** What is left of a limit on the current item; never negative. */
    public Duration left(Duration limit) {
        return left(limit, shownAt);
    }

    /** What is left of a limit counted from a mark; never negative. */
    public Duration left(Duration limit, Instant mark) {
        Duration left = limit.minus(since(mark));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
