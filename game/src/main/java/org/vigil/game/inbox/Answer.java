package org.vigil.game.inbox;

/** What the player decided about an email; an email whose time ran out stays in the inbox. */
public enum Answer {
    PHISHING,
    LEGITIMATE,
    /** No verdict in time: the email stayed in the inbox, as if it had been trusted. */
    TIMED_OUT;

    /** Whether the player reported the email as phishing. */
    public boolean reported() {
        return this == PHISHING;
    }
}
