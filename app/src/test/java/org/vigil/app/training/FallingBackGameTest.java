package org.vigil.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.host.GameHostException;
import org.vigil.game.host.GameSession;

/** The embedded game falls back to a window of its own when its host fails, and only then. */
class FallingBackGameTest {

    private static final PlayResult PLAYED = new PlayResult(
            "P-1",
            TrainingModule.INBOX_TRIAGE,
            Difficulty.EASY,
            "en",
            Instant.parse("2026-11-27T10:00:00Z"),
            Instant.parse("2026-11-27T10:05:00Z"),
            30,
            60,
            List.of());

    /** A session whose outcome the test decides. */
    private static final class ScriptedSession implements GameSession {
        final CompletableFuture<PlayResult> result = new CompletableFuture<>();
        final List<Consumer<String>> listeners = new ArrayList<>();
        boolean stopped;

        @Override
        public Optional<Node> view() {
            return Optional.empty();
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
            result.completeExceptionally(new CancellationException("stopped"));
        }

        void narrate(String line) {
            listeners.forEach(l -> l.accept(line));
        }
    }

    @Test
    void aHostThatFailsAsTheGameStartsHandsTheGameToTheFallback() {
        // given an embedded session and a fallback
        ScriptedSession embedded = new ScriptedSession();
        ScriptedSession window = new ScriptedSession();
        AtomicInteger fallbacks = new AtomicInteger();
        FallingBackGame game = new FallingBackGame(embedded, () -> {
            fallbacks.incrementAndGet();
            return window;
        });
        List<String> heard = new ArrayList<>();
        game.onNarration(heard::add);

        // when the embedded host fails, and the round is then played in the window
        embedded.result.completeExceptionally(new GameHostException("no GL context"));
        window.narrate("Email 1 of 6");
        window.result.complete(PLAYED);

        // then the result and the narration come from the window
        assertThat(fallbacks).hasValue(1);
        assertThat(game.result()).isCompletedWithValue(PLAYED);
        assertThat(heard).containsExactly("Email 1 of 6");
        assertThat(game.view()).isEmpty();
    }

    @Test
    void aGameThePlayerStopsIsNotStartedAgain() {
        // given
        ScriptedSession embedded = new ScriptedSession();
        AtomicInteger fallbacks = new AtomicInteger();
        FallingBackGame game = new FallingBackGame(embedded, () -> {
            fallbacks.incrementAndGet();
            return new ScriptedSession();
        });

        // when
        game.stop();

        // then
        assertThat(embedded.stopped).isTrue();
        assertThat(fallbacks).hasValue(0);
        assertThat(game.result()).isCompletedExceptionally();
    }

    @Test
    void aRoundPlayedEmbeddedIsTheResult() {
        ScriptedSession embedded = new ScriptedSession();
        FallingBackGame game = new FallingBackGame(embedded, () -> {
            throw new AssertionError("no fallback wanted");
        });

        embedded.result.complete(PLAYED);

        assertThat(game.result()).isCompletedWithValue(PLAYED);
    }
}
