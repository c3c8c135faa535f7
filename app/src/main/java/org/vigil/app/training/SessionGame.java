package org.vigil.app.training;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.vigil.core.training.PlayResult;
import org.vigil.game.host.GameSession;
import org.vigil.visual.training.StartedGame;

/** A game host's session as the Training area sees a started game. */
final class SessionGame implements StartedGame {

    private final GameSession session;

    SessionGame(GameSession session) {
        this.session = session;
    }

    @Override
    public Optional<Node> view() {
        return session.view();
    }

    @Override
    public CompletableFuture<PlayResult> result() {
        return session.result();
    }

    @Override
    public void onNarration(Consumer<String> listener) {
        session.onNarration(listener);
    }

    @Override
    public void stop() {
        session.stop();
    }
}
