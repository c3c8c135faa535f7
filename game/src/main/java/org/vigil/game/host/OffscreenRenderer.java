package org.vigil.game.host;

import com.badlogic.gdx.Application;
import com.badlogic.gdx.ApplicationListener;
import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.InputProcessor;
import com.badlogic.gdx.graphics.GL20;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.glutils.FrameBuffer;
import com.badlogic.gdx.utils.BufferUtils;
import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs a game inside a hidden LWJGL3 window, drawing each frame into a frame buffer and reading its
 * pixels back in BGRA, the byte order JavaFX's premultiplied format takes without swapping; the
 * newest frame waits in {@link #copyIfFresh} for the JavaFX side. Input queued from JavaFX is handed
 * to the game's processor on the loop thread before each frame. Once the game has its result a few
 * more frames show the summary, then the application ends (one LibGDX application per JVM).
 */
final class OffscreenRenderer implements ApplicationListener {

    /** Desktop GL's BGRA, absent from GL20's constants. */
    private static final int GL_BGRA = 0x80E1;

    private static final int FRAMES_AFTER_RESULT = 10;

    private final TrainingGame game;
    private final int width;
    private final int height;
    private final ConcurrentLinkedQueue<Consumer<InputProcessor>> input = new ConcurrentLinkedQueue<>();
    private final byte[] newest;
    private final AtomicLong framesRendered = new AtomicLong();
    private boolean fresh;
    private FrameBuffer frame;
    private ByteBuffer pixels;
    private Application app;
    private int framesLeft = FRAMES_AFTER_RESULT;

    OffscreenRenderer(TrainingGame game, int width, int height) {
        this.game = game;
        this.width = width;
        this.height = height;
        this.newest = new byte[width * height * 4];
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Queues input for the loop thread; any thread. */
    void post(Consumer<InputProcessor> event) {
        input.add(event);
    }

    /**
     * Copies the newest frame, top row first (GL reads rows bottom-up; turning them over here costs
     * nothing more than the copy, while a flipped node costs JavaFX's software pipeline a transform
     * every pulse), if one came since the last call; any thread.
     */
    synchronized boolean copyIfFresh(ByteBuffer target) {
        if (!fresh) {
            return false;
        }
        int row = width * 4;
        target.clear();
        for (int y = height - 1; y >= 0; y--) {
            target.put(newest, y * row, row);
        }
        target.flip();
        fresh = false;
        return true;
    }

    /** Frames drawn and read back so far, whether or not JavaFX showed them (for bench/game); any thread. */
    long framesRendered() {
        return framesRendered.get();
    }

    /** Ends the application from any thread. */
    void exit() {
        Application running = app;
        if (running != null) {
            running.exit();
        }
    }

    @Override
    public void create() {
        app = Gdx.app;
        game.create();
        game.resize(width, height);
        frame = new FrameBuffer(Pixmap.Format.RGBA8888, width, height, false);
        pixels = BufferUtils.newByteBuffer(width * height * 4);
    }

    @Override
    public void render() {
        InputProcessor processor = game.input();
        for (Consumer<InputProcessor> event = input.poll(); event != null; event = input.poll()) {
            event.accept(processor);
        }
        frame.begin();
        game.render();
        // JavaFX reads premultiplied BGRA: force alpha to 1 so it shows exactly what GL drew
        Gdx.gl.glColorMask(false, false, false, true);
        Gdx.gl.glClearColor(0, 0, 0, 1);
        Gdx.gl.glClear(GL20.GL_COLOR_BUFFER_BIT);
        Gdx.gl.glColorMask(true, true, true, true);
        pixels.clear();
        Gdx.gl.glReadPixels(0, 0, width, height, GL_BGRA, GL20.GL_UNSIGNED_BYTE, pixels);
        frame.end();
        synchronized (this) {
            pixels.get(newest);
            fresh = true;
        }
        framesRendered.incrementAndGet();
        if (game.result().isDone() && --framesLeft <= 0) {
            app.exit();
        }
    }

    @Override
    public void resize(int newWidth, int newHeight) {
        // the surface keeps its size: the JavaFX view scales the picture
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
        if (frame != null) {
            frame.dispose();
        }
    }
}
