package org.vigil.game.host;

import com.badlogic.gdx.Input.Buttons;
import com.badlogic.gdx.Input.Keys;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Shows an offscreen game in JavaFX: an {@link AnimationTimer} copies each new frame into the buffer
 * the image is drawn from (a {@link PixelBuffer}, so no second copy into the image), its rows turned over
 * on the way since GL's run bottom-up, and the node's mouse and key events
 * go to the game. The game keeps Tab and the arrows while focused; Ctrl+Tab leaves it, as JavaFX
 * does for text areas. The timer runs while the node is in a scene.
 */
final class GameImageView extends ImageView {

    private final OffscreenRenderer renderer;
    private final ByteBuffer frame;
    private final PixelBuffer<ByteBuffer> pixels;
    private final AtomicLong framesShown = new AtomicLong();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            // the whole image is new when a frame came, nothing when none did
            pixels.updateBuffer(buffer -> {
                if (!renderer.copyIfFresh(frame)) {
                    return Rectangle2D.EMPTY;
                }
                framesShown.incrementAndGet();
                return null;
            });
        }
    };

    GameImageView(OffscreenRenderer renderer) {
        this.renderer = renderer;
        this.frame = ByteBuffer.allocateDirect(renderer.width() * renderer.height() * 4);
        this.pixels =
                new PixelBuffer<>(renderer.width(), renderer.height(), frame, PixelFormat.getByteBgraPreInstance());
        setImage(new WritableImage(pixels));
        setPreserveRatio(true);
        setFocusTraversable(true);
        getStyleClass().add("training-game");
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                timer.stop();
            } else {
                timer.start();
            }
        });
        setOnMousePressed(e -> {
            requestFocus();
            int x = x(e);
            int y = y(e);
            int button = button(e);
            renderer.post(in -> in.touchDown(x, y, 0, button));
        });
        setOnMouseReleased(e -> {
            int x = x(e);
            int y = y(e);
            int button = button(e);
            renderer.post(in -> in.touchUp(x, y, 0, button));
        });
        setOnMouseMoved(e -> {
            int x = x(e);
            int y = y(e);
            renderer.post(in -> in.mouseMoved(x, y));
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> key(e, true));
        addEventHandler(KeyEvent.KEY_RELEASED, e -> key(e, false));
    }

    /**
     * New frames put into the image so far: at most one a pulse, each shown in that pulse (for
     * bench/game); any thread.
     */
    long framesShown() {
        return framesShown.get();
    }

    /** Stops copying frames; the last one stays shown. */
    void stopShowing() {
        timer.stop();
    }

    private void key(KeyEvent event, boolean down) {
        int key = FxKeys.toGdx(event.getCode());
        if (key == Keys.UNKNOWN || event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
            return;
        }
        renderer.post(in -> {
            if (down) {
                in.keyDown(key);
            } else {
                in.keyUp(key);
            }
        });
        event.consume();
    }

    /** The game's x for a point of the node, whatever size the node is shown at. */
    private int x(MouseEvent event) {
        return (int) (event.getX() * renderer.width() / getLayoutBounds().getWidth());
    }

    /** The game's y, down from the top, as the node's. */
    private int y(MouseEvent event) {
        return (int) (event.getY() * renderer.height() / getLayoutBounds().getHeight());
    }

    private static int button(MouseEvent event) {
        return event.getButton() == MouseButton.SECONDARY
                ? Buttons.RIGHT
                : event.getButton() == MouseButton.MIDDLE ? Buttons.MIDDLE : Buttons.LEFT;
    }
}
