package org.vigil.visual.dashboard;

/** How a feed source is doing, each with its own mark so it never depends on colour alone. */
public enum FeedState {
    HEALTHY("\u25CF"), // black circle
    SLOW("\u25D0"), // circle with left half black
    QUARANTINING("\u25B2"), // black up-pointing triangle
    SILENT("\u25CB"); // white circle

    private final String mark;

    FeedState(String mark) {
        this.mark = mark;
    }

    public String mark() {
        return mark;
    }
}
