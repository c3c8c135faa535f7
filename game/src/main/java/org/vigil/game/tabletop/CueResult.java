package org.vigil.game.tabletop;

/** A cue of a stage and whether the chosen option honoured it. */
public record CueResult(String cue, boolean found) {}
