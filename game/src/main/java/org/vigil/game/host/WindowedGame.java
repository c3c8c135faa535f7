package org.vigil.game.host;

import com.badlogic.gdx.ApplicationListener;
import com.badlogic.gdx.Gdx;

/**
 * A game in a window of its own: it gets the window's input directly once created. {@code
 * afterFirstFrame} runs once on the loop thread right after the first frame is on screen (LibGDX runs
 * posted runnables after the buffer swap of the frame that posted them).
 */
final class WindowedGame implements ApplicationListener {

    private final TrainingGame game;
    private final Runnable afterFirstFrame;
    private boolean firstFrameDrawn;

    WindowedGame(TrainingGame game) {
        this(game, () -> {});
    }

    WindowedGame(TrainingGame game, Runnable afterFirstFrame) {
        this.game = game;
        this.afterFirstFrame = afterFirstFrame;
    }

    @Override
    public void create() {
        game.create();
        Gdx.input.setInputProcessor(game.input());
        game.resize(Gdx.graphics.getWidth(), Gdx.graphics.getHeight());
    }

    @Override
    public void resize(int width, int height) {
        game.resize(width, height);
    }

    @Override
    public void render() {
        game.render();
        if (!firstFrameDrawn) {
            firstFrameDrawn = true;
            Gdx.app.postRunnable(afterFirstFrame);
        }
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
}
