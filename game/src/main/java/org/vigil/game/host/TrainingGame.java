package org.vigil.game.host;

import com.badlogic.gdx.ApplicationListener;
import com.badlogic.gdx.InputProcessor;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.vigil.core.training.PlayResult;

/**
 * A training game as every host runs it: a LibGDX application whose input arrives as events through
 * {@link #input()} (hosts hand events to it; polling {@code Gdx.input} sees nothing when embedded),
 * whose result completes when the round ends, and which narrates its current text and feedback.
 */
public interface TrainingGame extends ApplicationListener {

    /** The game's input, called by the host on the game's loop thread. */
    InputProcessor input();

    /** Completes with the play once the round is over. */
    CompletableFuture<PlayResult> result();

    /** Tells the listener the current narration at once and each new line after, on the loop thread. */
    void onNarration(Consumer<String> listener);
}
