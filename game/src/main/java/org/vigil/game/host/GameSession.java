package org.vigil.game.host;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.vigil.core.training.PlayResult;

/**
 * A game a host has started: its picture when embedded in the window (empty when it plays in a
 * window of its own), its result (completed exceptionally with {@link GameHostException} when it
 * cannot start or ends without a result, and with a {@link java.util.concurrent.CancellationException}
 * when stopped), its narration for the JavaFX side panel, and a way to end it early.
 */
public interface GameSession {

    Optional<Node> view();

    CompletableFuture<PlayResult> result();

    /** Tells the listener each narration line, on any thread (use {@code Platform.runLater} for controls). */
    void onNarration(Consumer<String> listener);

    /** Ends the game early; does nothing once it has ended. */
    void stop();

    /**
     * Frames drawn and shown so far, where the host counts them (the embedded host does); for
     * benchmarks, any thread.
     */
    default Optional<FrameCounts> frameCounts() {
        return Optional.empty();
    }
}
