package org.vigil.game.fakeshop;

/** One sign of a trap after the verdict: whether the player flagged a part that holds it. */
public record CueResult(ShopCue cue, boolean found) {}
