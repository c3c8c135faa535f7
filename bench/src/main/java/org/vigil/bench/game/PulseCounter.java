package org.vigil.bench.game;

import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;

/** Counts JavaFX pulses while started: the ceiling for frames shown (one a pulse at most). */
final class PulseCounter extends AnimationTimer {

    private final AtomicLong pulses = new AtomicLong();

    @Override
    public void handle(long now) {
        pulses.incrementAndGet();
    }

    long pulses() {
        return pulses.get();
    }
}
