package org.vigil.game.route;

import com.badlogic.gdx.Input.Keys;
import org.vigil.game.gdx.GameKeys;

/**
 * Route Guard's keys, beside the shared ones of {@link GameKeys} (the arrows or Tab move between the
 * mitigations, + and - the text size): 1 to 9 toggle a mitigation and Space the focused one, E escalates,
 * C carries on, N or Enter goes on (skips the drive, opens the debrief, next delivery), Page Up and Page
 * Down scroll the side panel. A click on a mitigation toggles it.
 */
final class RouteControls implements GameKeys.OwnKeys {

    /** What the controls act on: the game, which then tells the shift, the painter and the narration. */
    interface Actions extends GameKeys.Moves {
        void toggle(int mitigation);

        void toggleFocused();

        void judge(Verdict verdict);

        void next();

        /** Scrolls the side panel's text by lines. */
        void scroll(int lines);
    }

    private static final int PAGE = 3;

    private final Actions actions;

    RouteControls(Actions actions) {
        this.actions = actions;
    }

    @Override
    public boolean keyDown(int keycode) {
        int digit = GameKeys.digit(keycode);
        if (digit > 0) {
            actions.toggle(digit - 1);
            return true;
        }
        switch (keycode) {
            case Keys.SPACE -> actions.toggleFocused();
            case Keys.E -> actions.judge(Verdict.ESCALATE);
            case Keys.C -> actions.judge(Verdict.CARRY_ON);
            case Keys.N, Keys.ENTER, Keys.NUMPAD_ENTER -> actions.next();
            case Keys.PAGE_DOWN -> actions.scroll(PAGE);
            case Keys.PAGE_UP -> actions.scroll(-PAGE);
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public void clicked(int mitigation) {
        actions.toggle(mitigation);
    }
}
