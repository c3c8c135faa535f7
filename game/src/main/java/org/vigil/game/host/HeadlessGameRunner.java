package org.vigil.game.host;

import com.badlogic.gdx.Input;
import com.badlogic.gdx.InputProcessor;
import com.badlogic.gdx.backends.headless.HeadlessApplication;
import com.badlogic.gdx.backends.headless.HeadlessApplicationConfiguration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs a game on LibGDX's headless backend, for tests and the launcher's scripted mode: no display and
 * no GL ({@code Gdx.gl} is null, so games skip drawing), and input handed straight to the game's
 * processor on the loop thread, since the headless backend ignores {@code setInputProcessor}. Errors on
 * the loop thread are rethrown to the caller. {@code Gdx.*} are statics: one runner at a time per JVM.
 */
public final class HeadlessGameRunner implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final TrainingGame game;
    private final GuardedListener guarded;
    private final HeadlessApplication app;

    public HeadlessGameRunner(TrainingGame game) {
        this.game = game;
        this.guarded = new GuardedListener(game);
        HeadlessApplicationConfiguration config = new HeadlessApplicationConfiguration();
        config.updatesPerSecond = 60; // -1 would call create() and never render()
        this.app = new HeadlessApplication(guarded, config);
    }

    /** Runs the task on the loop thread after {@code create()} and returns what it returns. */
    public <T> T call(Callable<T> task) {
        CompletableFuture<T> done = new CompletableFuture<>();
        app.postRunnable(() -> {
            try {
                done.complete(task.call());
            } catch (Exception | Error e) {
                done.completeExceptionally(e);
            }
        });
        return await(done.applyToEither(guarded.failure().thenApply(none -> (T) null), Function.identity()));
    }

    /** Presses and releases a key ({@link Input.Keys}) as a player would. */
    public void press(int keycode) {
        call(() -> {
            InputProcessor input = game.input();
            input.keyDown(keycode);
            input.keyUp(keycode);
            return null;
        });
    }

    /**
     * Plays a script: key names as LibGDX spells them ({@code Input.Keys.valueOf}), separated by commas
     * or spaces: {@code "Tab, Space, P, N, L, N"}.
     */
    public void play(String script) {
        parse(script).forEach(this::press);
    }

    public static List<Integer> parse(String script) {
        List<Integer> keys = new ArrayList<>();
        for (String name : script.split("[,\\s]+")) {
            if (name.isBlank()) {
                continue;
            }
            int key = Input.Keys.valueOf(name.strip());
            if (key < 0) {
                throw new IllegalArgumentException("unknown key in script: " + name);
            }
            keys.add(key);
        }
        return keys;
    }

    /** Waits for the round's result, rethrowing errors of the loop thread. */
    public org.vigil.core.training.PlayResult result() {
        return await(game.result()
                .applyToEither(
                        guarded.failure().thenApply(none -> (org.vigil.core.training.PlayResult) null),
                        Function.identity()));
    }

    @Override
    public void close() {
        app.exit();
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new GameHostException("the game failed on its loop thread", e.getCause());
        } catch (TimeoutException e) {
            throw new GameHostException("the game did not answer within " + WAIT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GameHostException("interrupted while waiting for the game", e);
        }
    }
}
