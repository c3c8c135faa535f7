package org.vigil.game.call;

/** One cue of a call after it ended: its stable id, why it mattered in this call, and whether the player acted on it. */
public record CueResult(String cue, String explanation, boolean actedOn) {}
