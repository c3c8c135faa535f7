package org.vigil.game.host;

/** A way of showing a training game: embedded in the window, in a child process, or headless. */
public interface GameHost {

    /**
     * Starts the game the request asks for without waiting for it; problems that show only once it runs
     * complete the session's result exceptionally.
     *
     * @throws IllegalStateException if this host cannot start another game now
     */
    GameSession start(GameRequest request);
}
