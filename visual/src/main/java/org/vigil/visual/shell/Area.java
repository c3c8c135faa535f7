package org.vigil.visual.shell;

import java.util.Locale;

/** The areas of the navigation rail, in the order shown. */
public enum Area {
    SITUATION(true),
    GRAPH(true),
    INCIDENTS(true),
    FEEDS(true),
    INTELLIGENCE(false),
    TRAINING(true),
    TRAINER(false),
    CONTENT(true),
    SETTINGS(true);

    private final boolean built;

    Area(boolean built) {
        this.built = built;
    }

    /** Whether the area has its real page yet; the others describe what they will hold. */
    public boolean built() {
        return built;
    }

    public String labelKey() {
        return "nav." + key();
    }

    public String headingKey() {
        return "area." + key() + ".heading";
    }

    public String descriptionKey() {
        return "area." + key() + ".description";
    }

    private String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
