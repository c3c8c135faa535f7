package org.vigil.visual.cascade;

/** How far after the first start the panel looks: the charts' width and the last horizon. */
public enum ChartSpan {
    FOUR_HOURS(240),
    ONE_DAY(1440),
    THREE_DAYS(4320);

    /** Points per chart series, plus the one at the start. */
    static final int SAMPLES = 240;

    private final int minutes;

    ChartSpan(int minutes) {
        this.minutes = minutes;
    }

    public int minutes() {
        return minutes;
    }

    /** Minutes between two sampled points: a whole number, so every point falls on a minute. */
    public int stepMinutes() {
        return minutes / SAMPLES;
    }
}
