package org.vigil.game.host;

import com.badlogic.gdx.ApplicationListener;
import com.badlogic.gdx.Gdx;
import java.util.function.Supplier;

/**
 * A game in a window of its own: it gets the window's input directly once created. {@code
 * afterFirstFrame} runs once on the loop thread right after the first frame is on screen (LibGDX runs
 * posted runnables after the buffer swap of the frame that posted them). The game itself may still be
 * in the making while the window opens: it is waited for when the window is ready to draw.
 */
final class WindowedGame implements ApplicationListener {

    private final Supplier<TrainingGame> making;
    private final Runnable afterFirstFrame;
    private TrainingGame game;
    private boolean firstFrameDrawn;

    WindowedGame(Supplier<TrainingGame> making, Runnable afterFirstFrame) {
        this.making = making;
        this.afterFirstFrame = afterFirstFrame;
    }

    @Override
    public void create() {
        game = making.get();
        game.create();
        Gdx.input.setInputProcessor(game.input());
        game.resize(Gdx.graphics.getWidth(), Gdx.graphics.getHeight());
    }

    @Override
    public void resize(int width, int height) {
        if (game != null) {
            game.resize(width, height);
        }
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
        if (game != null) {
            game.pause();
        }
    }

    @Override
    public void resume() {
        if (game != null) {
            game.resume();
        }
    }

    @Override
    public void dispose() {
        if (game != null) {
            game.dispose();
        }
    }
}
