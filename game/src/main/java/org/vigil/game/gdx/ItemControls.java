package org.vigil.game.gdx;

import com.badlogic.gdx.Input.Keys;
import java.util.Map;

/**
 * The keys of a module that shows items in parts and asks for a verdict, beside the shared ones of
 * {@link GameKeys} (Tab or the arrows move between the item's parts, + and - the text size): the
 * module's verdict keys (P/L in Inbox Triage, T/D in Fake Shop Detective), Space or Enter to flag the
 * focused part, N for the next item. A click on a part focuses and flags it.
 *
 * @param <V> the module's verdicts
 */
public final class ItemControls<V> implements GameKeys.OwnKeys {

    /** What the controls act on: the game, which then tells the painter and the narration. */
    public interface Actions<V> extends GameKeys.Moves {
        void toggleFlag();

        void focusAndFlag(int part);

        void judge(V verdict);

        void next();
    }

    private final Actions<V> actions;
    private final Map<Integer, V> verdictKeys;

    /** @param verdictKeys the LibGDX key code of each verdict */
    public ItemControls(Actions<V> actions, Map<Integer, V> verdictKeys) {
        this.actions = actions;
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
            case Keys.SPACE, Keys.ENTER, Keys.NUMPAD_ENTER -> actions.toggleFlag();
            case Keys.N -> actions.next();
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public void clicked(int part) {
        actions.focusAndFlag(part);
    }
}
