package org.vigil.visual.timeline;

import org.vigil.core.feed.EventSeverity;

/**
 * How a severity looks on the timeline: a shape rising with it (the same glyphs as the incident list) and an
 * Okabe–Ito colour, so severity reads without colour too.
 */
enum SeverityShape {
    INFO("\u25CB", "#999999"), // white circle, grey
    LOW("\u25CF", "#56B4E9"), // black circle, sky blue
    MEDIUM("\u25A0", "#F0E442"), // black square, yellow
    HIGH("\u25B2", "#E69F00"), // black up-pointing triangle, orange
    CRITICAL("\u25C6", "#D55E00"); // black diamond, vermillion

    private final String glyph;
    private final String colour;

    SeverityShape(String glyph, String colour) {
        this.glyph = glyph;
        this.colour = colour;
    }

    static SeverityShape of(EventSeverity severity) {
        return valueOf(severity.name());
    }

    String glyph() {
        return glyph;
    }

    /** A web colour, #rrggbb. */
    String colour() {
        return colour;
    }
}
