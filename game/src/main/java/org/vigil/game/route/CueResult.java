package org.vigil.game.route;

import org.vigil.content.route.RouteCue;

/** A cue of the round and whether the player's choices showed it was understood. */
public record CueResult(RouteCue cue, boolean found) {}
