package org.vigil.game.host;

import com.badlogic.gdx.Input.Keys;
import javafx.scene.input.KeyCode;

/** JavaFX key codes as LibGDX's, for the keys games use. */
final class FxKeys {

    private FxKeys() {}

    static int toGdx(KeyCode code) {
        if (code.isLetterKey()) {
            return Keys.valueOf(code.getName());
        }
        if (code.isDigitKey() && code.getName().length() == 1) {
            return Keys.NUM_0 + (code.getName().charAt(0) - '0');
        }
        return switch (code) {
            case ENTER -> Keys.ENTER;
            case ESCAPE -> Keys.ESCAPE;
            case SPACE -> Keys.SPACE;
            case BACK_SPACE -> Keys.BACKSPACE;
            case TAB -> Keys.TAB;
            case LEFT -> Keys.LEFT;
            case RIGHT -> Keys.RIGHT;
            case UP -> Keys.UP;
            case DOWN -> Keys.DOWN;
            case SHIFT -> Keys.SHIFT_LEFT;
            case PLUS, ADD -> Keys.PLUS;
            case EQUALS -> Keys.EQUALS;
            case MINUS, SUBTRACT -> Keys.MINUS;
            default -> Keys.UNKNOWN;
        };
    }
}
