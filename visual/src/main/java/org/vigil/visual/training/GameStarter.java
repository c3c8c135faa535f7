package org.vigil.visual.training;

import org.vigil.core.training.Difficulty;
import org.vigil.core.training.TrainingModule;

/**
 * Starts a training game for the Training area. The application implements it with the game
 * module's hosts (embedded in the window, or in a child process), so this module never depends on
 * the games. Called on the UI thread; must not block it.
 */
@FunctionalInterface
public interface GameStarter {

    StartedGame start(TrainingModule module, Difficulty difficulty, String languageTag, String participant);
}
