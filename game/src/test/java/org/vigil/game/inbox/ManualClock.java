package org.vigil.game.inbox;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock the test moves by hand, so time per email is exact and no test waits. */
public final class ManualClock implements InstantSource {

    private Instant now = Instant.parse("2025-03-04T09:00:00Z");

    @Override
    public Instant instant() {
        return now;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }
}
