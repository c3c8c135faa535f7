package org.vigil.visual.training;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.vigil.core.training.PlayResult;

/**
 * A game that is running: its picture when it is embedded in the window (empty when it plays in a
 * window of its own), its result when the round ends (completed exceptionally when it cannot start
 * or is stopped), and its narration — the game's current text and feedback, told as it changes so
 * the Training area can show it in JavaFX controls beside the game for screen readers.
 */
public interface StartedGame {

    Optional<Node> view();

    CompletableFuture<PlayResult> result();

    /** Tells the listener each new narration line, on any thread. */
    void onNarration(Consumer<String> listener);

    /** Ends the game early; the result completes exceptionally. */
    void stop();
}
