package org.vigil.visual.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Which stretch of time the timeline shows across how many pixels: maps event time to x and back, and zooms and
 * pans. Immutable; x is measured from the left edge of the drawing area.
 */
public record TimeScale(Instant from, Instant to, double width) {

    /** Zooming stops at a second across the view... */
    static final Duration MIN_SPAN = Duration.ofSeconds(1);
    /** ...and at about a century: wider views only show empty years. */
    static final Duration MAX_SPAN = Duration.ofDays(36_525);

    public TimeScale {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("an empty or reversed span: " + from + " .. " + to);
        }
        width = Math.max(1, width);
    }

    /** A scale showing {@code [from, to]}, widened to the smallest span if shorter. */
    public static TimeScale showing(Instant from, Instant to, double width) {
        long span = Math.max(micros(MIN_SPAN), micros(from, to));
        span = Math.min(span, micros(MAX_SPAN));
        long middle = micros(Instant.EPOCH, from) + micros(from, to) / 2;
        return new TimeScale(instant(middle - span / 2), instant(middle - span / 2 + span), width);
    }

    public Duration span() {
        return Duration.between(from, to);
    }

    /** The x of an instant; outside {@code [0, width]} when the instant is out of view. */
    public double x(Instant instant) {
        return micros(from, instant) / microsPerPixel();
    }

    /** The instant at an x. */
    public Instant at(double x) {
        return from.plusNanos(Math.round(x * microsPerPixel()) * 1_000);
    }

    public boolean shows(Instant instant) {
        return !instant.isBefore(from) && !instant.isAfter(to);
    }

    /**
     * Zoomed in by {@code factor} (below 1: out) around the pointer at {@code anchorX}: the instant under the pointer
     * stays under it. The span is kept between a second and a century.
     */
    public TimeScale zoomed(double factor, double anchorX) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("zoom factor " + factor);
        }
        long anchor = micros(Instant.EPOCH, at(anchorX));
        double span = micros(from, to) / factor;
        span = Math.max(micros(MIN_SPAN), Math.min(micros(MAX_SPAN), span));
        long start = anchor - Math.round(anchorX / width * span);
        return new TimeScale(instant(start), instant(start + Math.round(span)), width);
    }

    /** Moved by {@code dx} pixels as the content follows a drag: dragging right brings earlier time into view. */
    public TimeScale panned(double dx) {
        long shift = Math.round(dx * microsPerPixel());
        return new TimeScale(from.minusNanos(shift * 1_000), to.minusNanos(shift * 1_000), width);
    }

    /** The same span across another width, as when the window is resized. */
    public TimeScale resized(double newWidth) {
        return new TimeScale(from, to, newWidth);
    }

    double microsPerPixel() {
        return micros(from, to) / width;
    }

    private static long micros(Duration duration) {
        return duration.toNanos() / 1_000;
    }

    private static long micros(Instant a, Instant b) {
        return Duration.between(a, b).toNanos() / 1_000;
    }

    private static Instant instant(long micros) {
        return Instant.EPOCH.plusNanos(micros * 1_000);
    }
}
