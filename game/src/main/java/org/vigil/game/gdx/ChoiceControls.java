package org.vigil.game.gdx;

import com.badlogic.gdx.Input.Keys;
import java.util.Map;

/**
 * The keys of a module that offers numbered choices, beside the shared ones of {@link GameKeys} (the
 * arrows or Tab move the focus, + and - the text size): 1 to 4 choose, Enter or Space choose the focused
 * one, N goes on, plus any keys of the module's own (H hangs up a call). A click on a choice chooses it.
 */
public final class ChoiceControls implements GameKeys.OwnKeys {

    /** What the controls act on: the game, which then tells the painter and the narration. */
    public interface Actions extends GameKeys.Moves {
        void choose(int index);

        void chooseFocused();

        void next();
    }

    private static final int CHOICES = 4;

    private final Actions actions;
    private final Map<Integer, Runnable> moreKeys;

    /** @param moreKeys the module's further keys, by LibGDX key code */
    public ChoiceControls(Actions actions, Map<Integer, Runnable> moreKeys) {
        this.actions = actions;
        this.moreKeys = Map.copyOf(moreKeys);
    }

    @Override
    public boolean keyDown(int keycode) {
        int digit = GameKeys.digit(keycode);
        if (digit > 0 && digit <= CHOICES) {
            actions.choose(digit - 1);
            return true;
        }
        Runnable more = moreKeys.get(keycode);
        if (more != null) {
            more.run();
            return true;
        }
        switch (keycode) {
            case Keys.ENTER, Keys.NUMPAD_ENTER, Keys.SPACE -> actions.chooseFocused();
            case Keys.N -> actions.next();
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public void clicked(int choice) {
        actions.choose(choice);
    }
}
