package org.vigil.game.host;

import com.badlogic.gdx.ApplicationListener;
import com.badlogic.gdx.Gdx;

/** A game in a window of its own: it gets the window's input directly once created. */
final class WindowedGame implements ApplicationListener {

    private final TrainingGame game;

    WindowedGame(TrainingGame game) {
        this.game = game;
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
