package org.vigil.game.fakeshop;

import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.InputAdapter;

/**
 * The player's keys and clicks, as LibGDX input events: T trust, D don't trust, Tab or the arrows to
 * move between the item's parts (Shift+Tab back), Space or Enter to flag the focused part, N for the
 * next item, + and - for the text size. A click on a part focuses and flags it, a click on a button
 * acts as its key; where things are is the painter's business ({@code hits}).
 */
final class ShopControls extends InputAdapter {

    /** What the controls act on: the game, which then tells the painter and the narration. */
    interface Actions {
        void focusNext();

        void focusPrevious();

        void toggleFlag();

        void focusAndFlag(int part);

        void judge(ShopVerdict verdict);

        void next();

        void scaleText(int steps);
    }

    /** Finds what a screen point (y down) hits: a part index, or a key this point stands for. */
    interface Hits {
        /** The part at the point, or -1. */
        int partAt(int x, int y);

        /** The key of the button at the point, or {@link Keys#UNKNOWN}. */
        int buttonAt(int x, int y);
    }

    private final Actions actions;
    private final Hits hits;
    private boolean shift;

    ShopControls(Actions actions, Hits hits) {
        this.actions = actions;
        this.hits = hits;
    }

    @Override
    public boolean keyDown(int keycode) {
        switch (keycode) {
            case Keys.SHIFT_LEFT, Keys.SHIFT_RIGHT -> shift = true;
            case Keys.TAB -> {
                if (shift) {
                    actions.focusPrevious();
                } else {
                    actions.focusNext();
                }
            }
            case Keys.DOWN, Keys.RIGHT -> actions.focusNext();
            case Keys.UP, Keys.LEFT -> actions.focusPrevious();
            case Keys.SPACE, Keys.ENTER, Keys.NUMPAD_ENTER -> actions.toggleFlag();
            case Keys.T -> actions.judge(ShopVerdict.TRUST);
            case Keys.D -> actions.judge(ShopVerdict.DONT_TRUST);
            case Keys.N -> actions.next();
            case Keys.PLUS, Keys.EQUALS, Keys.NUMPAD_ADD -> actions.scaleText(1);
            case Keys.MINUS, Keys.NUMPAD_SUBTRACT -> actions.scaleText(-1);
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
        int part = hits.partAt(screenX, screenY);
        if (part >= 0) {
            actions.focusAndFlag(part);
            return true;
        }
        return false;
    }
}
