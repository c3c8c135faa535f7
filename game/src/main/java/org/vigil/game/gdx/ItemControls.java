package org.vigil.game.gdx;

import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.InputAdapter;
import java.util.Map;

/**
 * The player's keys and clicks in a module that shows items in parts and asks for a verdict, as LibGDX
 * input events: the module's verdict keys (P/L in Inbox Triage, T/D in Fake Shop Detective), Tab or the
 * arrows to move between the item's parts (Shift+Tab back), Space or Enter to flag the focused part, N
 * for the next item, + and - for the text size. A click on a part focuses and flags it, a click on a
 * button acts as its key; where things are is the painter's business ({@code hits}).
 *
 * @param <V> the module's verdicts
 */
public final class ItemControls<V> extends InputAdapter {

    /** What the controls act on: the game, which then tells the painter and the narration. */
    public interface Actions<V> {
        void focusNext();

        void focusPrevious();

        void toggleFlag();

        void focusAndFlag(int part);

        void judge(V verdict);

        void next();

        void scaleText(int steps);
    }

    /** Finds what a screen point (y down) hits: a part index, or a key this point stands for. */
    public interface Hits {
        /** The part at the point, or -1. */
        int partAt(int x, int y);

        /** The key of the button at the point, or {@link Keys#UNKNOWN}. */
        int buttonAt(int x, int y);
    }

    private final Actions<V> actions;
    private final Hits hits;
    private final Map<Integer, V> verdictKeys;
    private boolean shift;

    /** @param verdictKeys the LibGDX key code of each verdict */
    public ItemControls(Actions<V> actions, Hits hits, Map<Integer, V> verdictKeys) {
        this.actions = actions;
        this.hits = hits;
        this.verdictKeys = Map.copyOf(verdictKeys);
    }

    @Override
    public boolean keyDown(int keycode) {
        V verdict = verdictKeys.get(keycode);
        if (verdict != null) {
            actions.judge(verdict);
            return true;
        }
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
