package org.vigil.game.host;

import com.badlogic.gdx.backends.lwjgl3.Lwjgl3Application;
import com.badlogic.gdx.backends.lwjgl3.Lwjgl3ApplicationConfiguration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import org.vigil.core.training.PlayResult;

/**
 * Shows the game inside the workstation: it runs in a hidden LWJGL3 window on a thread of its own,
 * drawing offscreen, and a JavaFX node shows its frames and forwards mouse and keys. The default on
 * Linux and Windows. LibGDX allows one application per JVM, so this host plays one game at a time
 * and refuses a second start until the first has ended; the application should make one such host.
 */
public final class EmbeddedGameHost implements GameHost {

    private final TrainingGames games;
    private final int width;
    private final int height;
    private final AtomicBoolean playing = new AtomicBoolean();

    public EmbeddedGameHost(TrainingGames games, int width, int height) {
        this.games = games;
        this.width = width;
        this.height = height;
    }

    /** Whether a game is running now. */
    public boolean isPlaying() {
        return playing.get();
    }

    @Override
    public GameSession start(GameRequest request) {
        if (!playing.compareAndSet(false, true)) {
            throw new IllegalStateException(
                    "a training game is already running: LibGDX allows one per JVM; stop it first");
        }
        try {
            TrainingGame game = games.create(request);
            OffscreenRenderer renderer = new OffscreenRenderer(game, width, height);
            EmbeddedSession session = new EmbeddedSession(game, renderer, new GameImageView(renderer));
            Thread loop = new Thread(
                    () -> session.run(configuration()),
                    "vigil-game-" + request.module().id());
            loop.setDaemon(true);
            loop.start();
            return session;
        } catch (RuntimeException e) {
            playing.set(false);
            throw e;
        }
    }

    private Lwjgl3ApplicationConfiguration configuration() {
        Lwjgl3ApplicationConfiguration config = new Lwjgl3ApplicationConfiguration();
        config.setInitialVisible(false); // the window only provides the GL context
        config.setWindowedMode(width, height);
        config.useVsync(false);
        config.setForegroundFPS(60);
        config.setIdleFPS(60);
        config.disableAudio(true);
        return config;
    }

    private final class EmbeddedSession implements GameSession {

        private final TrainingGame game;
        private final OffscreenRenderer renderer;
        private final GameImageView view;
        private final CompletableFuture<PlayResult> result = new CompletableFuture<>();

        EmbeddedSession(TrainingGame game, OffscreenRenderer renderer, GameImageView view) {
            this.game = game;
            this.renderer = renderer;
            this.view = view;
            game.result().whenComplete((play, error) -> {
                if (error == null) {
                    result.complete(play);
                } else {
                    result.completeExceptionally(error);
                }
            });
        }

        /** The loop thread: runs until the game ends or is stopped. */
        void run(Lwjgl3ApplicationConfiguration config) {
            GuardedListener guarded = new GuardedListener(renderer);
            try {
                new Lwjgl3Application(guarded, config);
                result.completeExceptionally(new CancellationException("the game ended before its round"));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(
                        new GameHostException("the embedded game host failed: " + e.getMessage(), e));
            } finally {
                playing.set(false);
                Platform.runLater(view::stopShowing);
            }
        }

        @Override
        public Optional<Node> view() {
            return Optional.of(view);
        }

        @Override
        public CompletableFuture<PlayResult> result() {
            return result;
        }

        @Override
        public void onNarration(Consumer<String> listener) {
            game.onNarration(listener);
        }

        @Override
        public void stop() {
            result.completeExceptionally(new CancellationException("stopped"));
            renderer.exit();
        }

        @Override
        public Optional<FrameCounts> frameCounts() {
            return Optional.of(new FrameCounts(renderer.framesRendered(), view.framesShown()));
        }
    }
}
