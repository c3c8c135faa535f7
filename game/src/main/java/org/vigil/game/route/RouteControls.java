package org.vigil.game.route;

import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.InputAdapter;

/**
 * The player's keys and clicks as LibGDX input events: 1 to 9 toggle a mitigation, the arrows or Tab move
 * between them (Shift+Tab back) and Space toggles the focused one, E escalates, C carries on, N or Enter
 * goes on (skips the drive, opens the debrief, next delivery), + and - change the text size, Page Up
 * and Page Down scroll the side panel. A click on a
 * mitigation toggles it, a click on a button acts as its key; where things are is the painter's business.
 */
final class RouteControls extends InputAdapter {

    /** What the controls act on: the game, which then tells the shift, the painter and the narration. */
    interface Actions {
        void toggle(int mitigation);

        void toggleFocused();

        void focus(int steps);

        void judge(Verdict verdict);

        void next();

        void scaleText(int steps);

        /** Scrolls the side panel's text by lines. */
        void scroll(int lines);
    }

    /** Finds what a screen point (y down) hits. */
    interface Hits {
        /** The mitigation row at the point, or -1. */
        int mitigationAt(int x, int y);

        /** The key of the button at the point, or {@link Keys#UNKNOWN}. */
        int buttonAt(int x, int y);
    }

    private static final int PAGE = 3;

    private final Actions actions;
    private final Hits hits;
    private boolean shift;

    RouteControls(Actions actions, Hits hits) {
        this.actions = actions;
        this.hits = hits;
    }

    @Override
    public boolean keyDown(int keycode) {
        int digit = digit(keycode);
        if (digit > 0) {
            actions.toggle(digit - 1);
            return true;
        }
        switch (keycode) {
            case Keys.SHIFT_LEFT, Keys.SHIFT_RIGHT -> shift = true;
            case Keys.TAB -> actions.focus(shift ? -1 : 1);
            case Keys.DOWN, Keys.RIGHT -> actions.focus(1);
            case Keys.UP, Keys.LEFT -> actions.focus(-1);
            case Keys.SPACE -> actions.toggleFocused();
            case Keys.E -> actions.judge(Verdict.ESCALATE);
            case Keys.C -> actions.judge(Verdict.CARRY_ON);
            case Keys.N, Keys.ENTER, Keys.NUMPAD_ENTER -> actions.next();
            case Keys.PLUS, Keys.EQUALS, Keys.NUMPAD_ADD -> actions.scaleText(1);
            case Keys.MINUS, Keys.NUMPAD_SUBTRACT -> actions.scaleText(-1);
            case Keys.PAGE_DOWN -> actions.scroll(PAGE);
            case Keys.PAGE_UP -> actions.scroll(-PAGE);
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
        int mitigation = hits.mitigationAt(screenX, screenY);
        if (mitigation >= 0) {
            actions.toggle(mitigation);
            return true;
        }
        return false;
    }

    /** 1 to 9 from the number row or the keypad, 0 for any other key. */
    private static int digit(int keycode) {
        if (keycode >= Keys.NUM_1 && keycode <= Keys.NUM_9) {
            return keycode - Keys.NUM_0;
        }
        if (keycode >= Keys.NUMPAD_1 && keycode <= Keys.NUMPAD_9) {
            return keycode - Keys.NUMPAD_0;
        }
        return 0;
    }
}
