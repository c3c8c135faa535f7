package org.vigil.visual.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.TrainingModule;

/**
 * A {@link GameStarter} standing in for the game hosts: it records what it was asked to start and hands
 * back a game the test finishes, narrates or fails by hand.
 */
final class FakeGames implements GameStarter {

    /** What the Training area asked for. */
    record Request(TrainingModule module, Difficulty difficulty, String languageTag, String participant) {}

    final List<Request> requests = new ArrayList<>();
    private RuntimeException refusal;
    private Optional<Node> view = Optional.empty();
    Game last;

    /** The next start fails at once, as a host that cannot start does. */
    FakeGames refusing(RuntimeException reason) {
        this.refusal = reason;
        return this;
    }

    /** The next games show this picture, as the embedded host does. */
    FakeGames embeddedAs(Node picture) {
        this.view = Optional.of(picture);
        return this;
    }

    @Override
    public StartedGame start(TrainingModule module, Difficulty difficulty, String languageTag, String participant) {
        requests.add(new Request(module, difficulty, languageTag, participant));
        if (refusal != null) {
            throw refusal;
        }
        last = new Game(view);
        return last;
    }

    static final class Game implements StartedGame {
        private final Optional<Node> view;
        private final CompletableFuture<PlayResult> result = new CompletableFuture<>();
        private final List<Consumer<String>> listeners = new ArrayList<>();

        Game(Optional<Node> view) {
            this.view = view;
        }

        @Override
        public Optional<Node> view() {
            return view;
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
            result.completeExceptionally(new CancellationException("stopped"));
        }

        void narrate(String line) {
            listeners.forEach(l -> l.accept(line));
        }

        void finish(PlayResult play) {
            result.complete(play);
        }

        void fail(Throwable reason) {
            result.completeExceptionally(reason);
        }
    }
}
