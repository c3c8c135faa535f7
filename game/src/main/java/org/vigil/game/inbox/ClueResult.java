package org.vigil.game.inbox;

/** One red flag of an email after the verdict: whether the player flagged a part that holds it. */
public record ClueResult(InboxClue clue, boolean found) {}
