package org.vigil.visual.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The ticks of the time axis: round steps far enough apart for their labels, each with the precision its label needs.
 * A tick on a larger boundary (midnight when ticks are hours, the first of January when they are months) says that
 * boundary instead, so the date is always readable somewhere on the axis.
 */
final class TimeTicks {

    /** What a tick's label shows; the i18n key {@code timeline.tick.<name>} formats it. */
    enum Precision {
        SECOND,
        MINUTE,
        DAY,
        MONTH,
        YEAR
    }

    record Tick(Instant at, double x, Precision precision) {}

    private final ZoneId zone;

    TimeTicks(ZoneId zone) {
        this.zone = zone;
    }

    /** The ticks in view, at least {@code spacing} pixels apart. */
    List<Tick> ticks(TimeScale scale, double spacing) {
        TimeStep step = stepFor(scale, spacing);
        List<Tick> ticks = new ArrayList<>();
        for (Instant at = step.firstFrom(scale.from(), zone); !at.isAfter(scale.to()); at = step.next(at, zone)) {
            ticks.add(new Tick(at, scale.x(at), precision(step, at)));
        }
        return ticks;
    }

    static TimeStep stepFor(TimeScale scale, double spacing) {
        long micros = Math.round(scale.microsPerPixel() * spacing);
        return TimeStep.atLeast(Duration.ofNanos(Math.max(1, micros) * 1_000));
    }

    private Precision precision(TimeStep step, Instant at) {
        ZonedDateTime local = at.atZone(zone);
        boolean midnight = local.toLocalTime().toSecondOfDay() == 0;
        boolean newYear = midnight && local.getDayOfYear() == 1;
        return switch (step.unit()) {
            case SECONDS -> midnight ? Precision.DAY : Precision.SECOND;
            case MINUTES, HOURS -> midnight ? (newYear ? Precision.YEAR : Precision.DAY) : Precision.MINUTE;
            case DAYS -> newYear ? Precision.YEAR : local.getDayOfMonth() == 1 ? Precision.MONTH : Precision.DAY;
            case MONTHS -> newYear ? Precision.YEAR : Precision.MONTH;
            default -> Precision.YEAR;
        };
    }

    /** How finely a span should be dated in the axis's corner, so ticks that show only a time keep their day. */
    static Precision contextFor(TimeStep step) {
        return step.unit().compareTo(ChronoUnit.DAYS) < 0 ? Precision.DAY : Precision.YEAR;
    }
}
