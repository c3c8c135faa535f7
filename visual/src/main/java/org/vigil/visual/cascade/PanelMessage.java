package org.vigil.visual.cascade;

import java.util.List;
import java.util.Objects;

/** A message for the analyst as an i18n key and its arguments, turned into text by the view. */
public record PanelMessage(String key, List<Object> args) {

    public PanelMessage {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static PanelMessage of(String key, Object... args) {
        return new PanelMessage(key, List.of(args));
    }
}
