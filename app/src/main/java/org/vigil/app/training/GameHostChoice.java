package org.vigil.app.training;

import org.vigil.game.host.ChildProcessGameHost;
import org.vigil.game.host.EmbeddedGameHost;
import org.vigil.game.host.GameHosts;
import org.vigil.game.host.TrainingGames;

/**
 * Which hosts play the Training area's games, given the games: the window's own choice, or a host
 * that plays scripted rounds where a test drives the window.
 */
@FunctionalInterface
public interface GameHostChoice {

    /** The embedded game's frame size, scaled to the page by the game view. */
    int GAME_WIDTH = 1280;

    int GAME_HEIGHT = 720;

    GameHosts hosts(TrainingGames games);

    /** Embedded in the window where it can run, a game window of its own in a child process otherwise. */
    static GameHostChoice embeddedFirst() {
        return games ->
                new GameHosts(new EmbeddedGameHost(games, GAME_WIDTH, GAME_HEIGHT), ChildProcessGameHost.ofThisJvm());
    }
}
