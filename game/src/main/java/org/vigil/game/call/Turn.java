package org.vigil.game.call;

/**
 * One line of the call's transcript: what the caller said, what the player answered, or an event
 * (hanging up, calling back...) whose words the narrator supplies; for an event {@code text} is the
 * event's name.
 */
public record Turn(Speaker speaker, String text) {

    /** Who a transcript line is from. */
    public enum Speaker {
        CALLER,
        PLAYER,
        EVENT
    }
}
