package org.vigil.game.host;

/** A game could not be started or ended without a result; the message says why, for the log. */
public final class GameHostException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GameHostException(String message) {
        super(message);
    }

    public GameHostException(String message, Throwable cause) {
        super(message, cause);
    }
}
