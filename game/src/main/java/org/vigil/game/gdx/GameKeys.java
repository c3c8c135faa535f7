package org.vigil.game.gdx;

import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.InputAdapter;

/**
 * The player's keys and clicks as LibGDX input events, read alike in every module: Tab or the arrows
 * move (Shift+Tab back), + and - change the text size, a click on a button acts as its key and a click
 * on an item (a part, an option, a mitigation) is the module's to handle. The module's own keys come
 * first; where things are on screen is the painter's business ({@link Hits}).
 */
public final class GameKeys extends InputAdapter {

    /** What the shared keys act on: the game. */
    public interface Moves {
        /** Moves the focus by steps, or scrolls what the focus cannot move through. */
        void move(int steps);

        void scaleText(int steps);
    }

    /** A module's own keys and clicks. */
    public interface OwnKeys {
        /** Acts on a key of the module's own and says so; false for any other key. */
        boolean keyDown(int keycode);

        /** A click on the item at an index. */
        default void clicked(int item) {}
    }

    /** Finds what a screen point (y down) hits. */
    public interface Hits {
        /** The key of the button at the point, or {@link Keys#UNKNOWN}. */
        int buttonAt(int x, int y);

        /** The item at the point, or -1. */
        default int itemAt(int x, int y) {
            return -1;
        }
    }

    private final OwnKeys own;
    private final Moves moves;
    private final Hits hits;
    private boolean shift;

    public GameKeys(OwnKeys own, Moves moves, Hits hits) {
        this.own = own;
        this.moves = moves;
        this.hits = hits;
    }

    /** 1 to 9 from the number row or the keypad, 0 for any other key. */
    public static int digit(int keycode) {
        if (keycode >= Keys.NUM_1 && keycode <= Keys.NUM_9) {
            return keycode - Keys.NUM_0;
        }
        if (keycode >= Keys.NUMPAD_1 && keycode <= Keys.NUMPAD_9) {
            return keycode - Keys.NUMPAD_0;
        }
        return 0;
    }

    @Override
    public boolean keyDown(int keycode) {
        if (own.keyDown(keycode)) {
            return true;
        }
        switch (keycode) {
            case Keys.SHIFT_LEFT, Keys.SHIFT_RIGHT -> shift = true;
            case Keys.TAB -> moves.move(shift ? -1 : 1);
            case Keys.DOWN, Keys.RIGHT -> moves.move(1);
            case Keys.UP, Keys.LEFT -> moves.move(-1);
            case Keys.PLUS, Keys.EQUALS, Keys.NUMPAD_ADD -> moves.scaleText(1);
            case Keys.MINUS, Keys.NUMPAD_SUBTRACT -> moves.scaleText(-1);
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean keyUp(int keycode) {
        if (keycode == Keys.SHIFT_LEFT || keycode == Keys.SHIFT_RIGHT) {
            shift = false;
            return true;
        }
        return false;
    }

    @Override
    public boolean touchDown(int screenX, int screenY, int pointer, int button) {
        int key = hits.buttonAt(screenX, screenY);
        if (key != Keys.UNKNOWN) {
            return keyDown(key);
        }
        int item = hits.itemAt(screenX, screenY);
        if (item >= 0) {
            own.clicked(item);
            return true;
        }
        return false;
    }
}
