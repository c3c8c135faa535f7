package org.vigil.app.training;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.vigil.core.training.PlayResult;
import org.vigil.game.host.GameHostException;
import org.vigil.game.host.GameSession;
import org.vigil.visual.training.StartedGame;

/**
 * An embedded game that, if its host fails as it starts (no GL context, say), is played again in a
 * window of its own: the result then comes from the fallback session, and the narration follows it.
 * A game stopped by the player or ended by its round is not restarted.
 */
final class FallingBackGame implements StartedGame {

    private final GameSession first;
    private final CompletableFuture<PlayResult> result = new CompletableFuture<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private volatile GameSession current;
    private volatile boolean stopped;

    FallingBackGame(GameSession first, Supplier<GameSession> fallback) {
        this.first = first;
        this.current = first;
        first.onNarration(this::tell);
        first.result().whenComplete((play, error) -> {
            if (error == null) {
                result.complete(play);
            } else if (!stopped && cause(error) instanceof GameHostException) {
                switchTo(fallback);
            } else {
                result.completeExceptionally(cause(error));
            }
        });
    }

    private void switchTo(Supplier<GameSession> fallback) {
        try {
            GameSession second = fallback.get();
            current = second;
            second.onNarration(this::tell);
            second.result().whenComplete((play, error) -> {
                if (error == null) {
                    result.complete(play);
                } else {
                    result.completeExceptionally(cause(error));
                }
            });
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    private void tell(String line) {
        listeners.forEach(listener -> listener.accept(line));
    }

    private static Throwable cause(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    @Override
    public Optional<Node> view() {
        return current == first ? first.view() : Optional.empty();
    }

    @Override
    public CompletableFuture<PlayResult> result() {
        return result;
    }

    @Override
    public void onNarration(Consumer<String> listener) {
        listeners.add(listener);
    }

    @Override
    public void stop() {
        stopped = true;
        current.stop();
    }
}
