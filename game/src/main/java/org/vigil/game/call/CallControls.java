package org.vigil.game.call;

import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.InputAdapter;
import java.util.function.ToIntBiFunction;

/**
 * The player's keys and clicks as LibGDX input events: 1 to 4 pick a reply, the arrows (or Tab) move
 * the selection and Enter or Space picks it, H hangs up, N goes to the next call, + and - change the
 * text size. A click on a button acts as its key; where the buttons are is the painter's business.
 */
final class CallControls extends InputAdapter {

    /** What the controls act on: the game, which then tells the round, the painter and the narration. */
    interface Actions {
        void choose(int index);

        void moveSelection(int steps);

        void chooseSelected();

        void hangUp();

        void next();

        void scaleText(int steps);
    }

    private final Actions actions;
    private final ToIntBiFunction<Integer, Integer> buttonAt;
    private boolean shift;

    /** @param buttonAt the key of the button at a screen point (y down), or {@link Keys#UNKNOWN} */
    CallControls(Actions actions, ToIntBiFunction<Integer, Integer> buttonAt) {
        this.actions = actions;
        this.buttonAt = buttonAt;
    }

    @Override
    public boolean keyDown(int keycode) {
        switch (keycode) {
            case Keys.NUM_1, Keys.NUMPAD_1 -> actions.choose(0);
            case Keys.NUM_2, Keys.NUMPAD_2 -> actions.choose(1);
            case Keys.NUM_3, Keys.NUMPAD_3 -> actions.choose(2);
            case Keys.NUM_4, Keys.NUMPAD_4 -> actions.choose(3);
            case Keys.SHIFT_LEFT, Keys.SHIFT_RIGHT -> shift = true;
            case Keys.TAB -> actions.moveSelection(shift ? -1 : 1);
            case Keys.DOWN, Keys.RIGHT -> actions.moveSelection(1);
            case Keys.UP, Keys.LEFT -> actions.moveSelection(-1);
            case Keys.ENTER, Keys.NUMPAD_ENTER, Keys.SPACE -> actions.chooseSelected();
            case Keys.H -> actions.hangUp();
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
        int key = buttonAt.applyAsInt(screenX, screenY);
        return key != Keys.UNKNOWN && keyDown(key);
    }
}
