package org.vigil.visual.settings;

/** The look of the window. */
public enum Theme {
    LIGHT,
    DARK;

    public String labelKey() {
        return this == LIGHT ? "settings.theme.light" : "settings.theme.dark";
    }
}
