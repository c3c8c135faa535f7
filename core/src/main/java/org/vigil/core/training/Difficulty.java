package org.vigil.core.training;

/** How hard a round is: for Inbox Triage, the NIST Phish Scale difficulty of its emails. */
public enum Difficulty {
    EASY,
    MEDIUM,
    HARD
}
