package org.vigil.game.tabletop;

import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.InputAdapter;

/**
 * The player's keys and clicks as LibGDX input events: 1 to 4 choose an option, the arrows (or Tab)
 * move between the options (and scroll the feedback) and Enter or Space choose the focused one, N
 * goes on, + and - change the text size. A click on an option chooses it; a click on a button acts as its key.
 */
final class TabletopControls extends InputAdapter {

    /** What the controls act on: the game, which then tells the painter and the narration. */
    interface Actions {
        void choose(int index);

        void chooseFocused();

        void moveFocus(int steps);

        void next();

        void scaleText(int steps);
    }

    /** Finds what a screen point (y down) hits. */
    interface Hits {
        /** The option at the point, or -1. */
        int optionAt(int x, int y);

        /** The key of the button at the point, or {@link Keys#UNKNOWN}. */
        int buttonAt(int x, int y);
    }

    private final Actions actions;
    private final Hits hits;

    TabletopControls(Actions actions, Hits hits) {
        this.actions = actions;
        this.hits = hits;
    }

    @Override
    public boolean keyDown(int keycode) {
        switch (keycode) {
            case Keys.NUM_1, Keys.NUMPAD_1 -> actions.choose(0);
            case Keys.NUM_2, Keys.NUMPAD_2 -> actions.choose(1);
            case Keys.NUM_3, Keys.NUMPAD_3 -> actions.choose(2);
            case Keys.NUM_4, Keys.NUMPAD_4 -> actions.choose(3);
            case Keys.DOWN, Keys.RIGHT, Keys.TAB -> actions.moveFocus(1);
            case Keys.UP, Keys.LEFT -> actions.moveFocus(-1);
            case Keys.ENTER, Keys.NUMPAD_ENTER, Keys.SPACE -> actions.chooseFocused();
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
    public boolean touchDown(int screenX, int screenY, int pointer, int button) {
        int key = hits.buttonAt(screenX, screenY);
        if (key != Keys.UNKNOWN) {
            return keyDown(key);
        }
        int option = hits.optionAt(screenX, screenY);
        if (option >= 0) {
            actions.choose(option);
            return true;
        }
        return false;
    }
}
