package org.vigil.game.host;

/** Makes the game a request asks for; each call gives a fresh game that plays one round. */
@FunctionalInterface
public interface TrainingGames {

    /** @throws IllegalArgumentException if the module or language cannot be played */
    TrainingGame create(GameRequest request);
}
