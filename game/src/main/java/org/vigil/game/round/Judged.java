package org.vigil.game.round;

import java.time.Duration;

/** The feedback on one judged item, as the ledger and the end of a round read it whatever the module. */
public interface Judged {

    /** Whether the player's answer was the right (or safe) one. */
    boolean correct();

    /** How long the player took on the item. */
    Duration time();

    /** The points earned, never negative. */
    int points();

    /** A harmless item treated as an attack. */
    boolean falsePositive();

    /** An attack let through. */
    boolean miss();
}
