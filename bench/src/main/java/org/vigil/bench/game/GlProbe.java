package org.vigil.bench.game;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.InputProcessor;
import com.badlogic.gdx.graphics.GL20;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.vigil.core.training.PlayResult;
import org.vigil.game.host.TrainingGame;

/**
 * A game passed through unchanged but for one look at its GL context when created: the report names
 * the renderer (Mesa's llvmpipe is software GL), and its completion tells that the game is running.
 */
final class GlProbe implements TrainingGame {

    private final TrainingGame game;
    private final CompletableFuture<String> renderer;

    GlProbe(TrainingGame game, CompletableFuture<String> renderer) {
        this.game = game;
        this.renderer = renderer;
    }

    @Override
    public void create() {
        game.create();
        renderer.complete(Gdx.gl.glGetString(GL20.GL_RENDERER) + ", GL " + Gdx.gl.glGetString(GL20.GL_VERSION));
    }

    @Override
    public void resize(int width, int height) {
        game.resize(width, height);
    }

    @Override
    public void render() {
        game.render();
    }

    @Override
    public void pause() {
        game.pause();
    }

    @Override
    public void resume() {
        game.resume();
    }

    @Override
    public void dispose() {
        game.dispose();
    }

    @Override
    public InputProcessor input() {
        return game.input();
    }

    @Override
    public CompletableFuture<PlayResult> result() {
        return game.result();
    }

    @Override
    public void onNarration(Consumer<String> listener) {
        game.onNarration(listener);
    }
}
