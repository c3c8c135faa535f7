package org.vigil.visual.training;

import java.util.List;
import java.util.Objects;

/**
 * A message for the participant, as an i18n key of the training bundle and its arguments, so the view
 * words it in the current language (and again after a language switch).
 */
public record Notice(Level level, String key, List<Object> args) {

    /** How the view marks it: an error gets a warning sign and words, never colour alone. */
    public enum Level {
        INFO,
        ERROR
    }

    public Notice {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    static Notice info(String key, Object... args) {
        return new Notice(Level.INFO, key, List.of(args));
    }

    static Notice error(String key, Object... args) {
        return new Notice(Level.ERROR, key, List.of(args));
    }
}
