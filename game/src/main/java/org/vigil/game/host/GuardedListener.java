package org.vigil.game.host;

import com.badlogic.gdx.ApplicationListener;
import java.util.concurrent.CompletableFuture;

/**
 * Wraps a game so that an error on the loop thread is not lost: LibGDX's loop thread dies with it
 * silently, and whoever waits would only time out. The error completes {@link #failure()} and is
 * rethrown so the loop still stops.
 */
final class GuardedListener implements ApplicationListener {

    private final ApplicationListener game;
    private final CompletableFuture<Void> created = new CompletableFuture<>();
    private final CompletableFuture<Void> failure = new CompletableFuture<>();

    GuardedListener(ApplicationListener game) {
        this.game = game;
    }

    /** Completes once the game's {@code create()} ran. */
    CompletableFuture<Void> created() {
        return created;
    }

    /** Completes exceptionally with the first error on the loop thread; never normally. */
    CompletableFuture<Void> failure() {
        return failure;
    }

    @Override
    public void create() {
        guard(game::create);
        created.complete(null);
    }

    @Override
    public void resize(int width, int height) {
        guard(() -> game.resize(width, height));
    }

    @Override
    public void render() {
        guard(game::render);
    }

    @Override
    public void pause() {
        guard(game::pause);
    }

    @Override
    public void resume() {
        guard(game::resume);
    }

    @Override
    public void dispose() {
        guard(game::dispose);
    }

    private void guard(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | Error e) {
            failure.completeExceptionally(e);
            created.completeExceptionally(e);
            throw e;
        }
    }
}
