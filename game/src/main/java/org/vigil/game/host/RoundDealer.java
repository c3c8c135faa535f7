package org.vigil.game.host;

/**
 * Deals a round before it is played: the request comes back naming its items. The window deals, as it
 * has the whole content read already; then every host plays the same round, and a game in a child
 * process reads only the items named instead of the whole library.
 */
@FunctionalInterface
public interface RoundDealer {

    /** The request with its round's items named; a request naming them already comes back as it is. */
    GameRequest dealt(GameRequest request);
}
