package org.vigil.visual.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A round step of time, as people count it: ticks of the axis fall on such steps, and counting bins are one step
 * wide. Steps under a day are fixed lengths; days, months and years follow the calendar of the time zone.
 */
record TimeStep(long amount, ChronoUnit unit) {

    /** From a second to a century, each about twice to five times the one before. */
    static final List<TimeStep> LADDER = List.of(
            new TimeStep(1, ChronoUnit.SECONDS),
            new TimeStep(2, ChronoUnit.SECONDS),
            new TimeStep(5, ChronoUnit.SECONDS),
            new TimeStep(10, ChronoUnit.SECONDS),
            new TimeStep(15, ChronoUnit.SECONDS),
            new TimeStep(30, ChronoUnit.SECONDS),
            new TimeStep(1, ChronoUnit.MINUTES),
            new TimeStep(2, ChronoUnit.MINUTES),
            new TimeStep(5, ChronoUnit.MINUTES),
            new TimeStep(10, ChronoUnit.MINUTES),
            new TimeStep(15, ChronoUnit.MINUTES),
            new TimeStep(30, ChronoUnit.MINUTES),
            new TimeStep(1, ChronoUnit.HOURS),
            new TimeStep(2, ChronoUnit.HOURS),
            new TimeStep(3, ChronoUnit.HOURS),
            new TimeStep(6, ChronoUnit.HOURS),
            new TimeStep(12, ChronoUnit.HOURS),
            new TimeStep(1, ChronoUnit.DAYS),
            new TimeStep(2, ChronoUnit.DAYS),
            new TimeStep(7, ChronoUnit.DAYS),
            new TimeStep(1, ChronoUnit.MONTHS),
            new TimeStep(3, ChronoUnit.MONTHS),
            new TimeStep(6, ChronoUnit.MONTHS),
            new TimeStep(1, ChronoUnit.YEARS),
            new TimeStep(2, ChronoUnit.YEARS),
            new TimeStep(5, ChronoUnit.YEARS),
            new TimeStep(10, ChronoUnit.YEARS),
            new TimeStep(25, ChronoUnit.YEARS));

    /** The smallest step at least {@code least} long (the largest step if none is). */
    static TimeStep atLeast(Duration least) {
        return LADDER.stream()
                .filter(s -> s.approximateLength().compareTo(least) >= 0)
                .findFirst()
                .orElse(LADDER.get(LADDER.size() - 1));
    }

    /** Its length; months and years as the calendar's average. */
    Duration approximateLength() {
        return unit.getDuration().multipliedBy(amount);
    }

    /** Whether it is a fixed length, the same in every time zone and on every date. */
    boolean fixed() {
        return unit.compareTo(ChronoUnit.HOURS) <= 0;
    }

    /** The first step boundary at or after {@code instant} in {@code zone}. */
    Instant firstFrom(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        ZonedDateTime start = switch (unit) {
            case SECONDS, MINUTES, HOURS -> {
                // Counted in local clock time, so hours fall on whole local hours in zones like +05:30.
                long length = approximateLength().getSeconds();
                long offset = local.getOffset().getTotalSeconds();
                long localSeconds = instant.getEpochSecond() + offset;
                long first = Math.floorDiv(localSeconds, length) * length;
                yield Instant.ofEpochSecond(first - offset).atZone(zone);
            }
            case DAYS -> {
                // Days counted from the epoch, so two-day and week ticks stay on the same days while panning.
                ZonedDateTime day = local.truncatedTo(ChronoUnit.DAYS);
                yield day.minusDays(Math.floorMod(day.toLocalDate().toEpochDay(), amount));
            }
            case MONTHS ->
                local.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1).withMonth((int)
                        ((local.getMonthValue() - 1) / amount * amount + 1));
            default ->
                local.truncatedTo(ChronoUnit.DAYS)
                        .withDayOfYear(1)
                        .withYear((int) Math.floorDiv(local.getYear(), amount) * (int) amount);
        };
        Instant boundary = start.toInstant();
        return boundary.isBefore(instant) ? next(boundary, zone) : boundary;
    }

    /** The boundary one step after {@code boundary}. */
    Instant next(Instant boundary, ZoneId zone) {
        return fixed()
                ? boundary.plus(approximateLength())
                : boundary.atZone(zone).plus(amount, unit).toInstant();
    }
}
