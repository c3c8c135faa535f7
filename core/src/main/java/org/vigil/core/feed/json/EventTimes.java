package org.vigil.core.feed.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.feed.Timestamps;
import org.vigil.core.feed.json.JsonWalk.Leaf;

/**
 * Finds when a record says it happened: the value of the best-ranked time key ({@link #KEYS}, the
 * first listed wins, then the least nested, then the first written) that reads as a date. A key
 * whose value is not a date is passed over, not an error: a generic record may use {@code time}
 * for a duration.
 */
final class EventTimes {

    /**
     * Time keys, normalised ({@link KeyWords#normalised}), best first. Detection, click and threat
     * times come before creation times, so an identity-protection detection or a mail threat
     * verdict is dated when it was found rather than when the sign-in or message it concerns
     * happened.
     */
    static final List<String> KEYS = List.of(
            "timestamp", // also @timestamp, time_stamp, Timestamp
            "eventtime",
            "time",
            "detecteddatetime",
            "detectiontime",
            "clicktime",
            "threattime",
            "createddatetime",
            "activitydatetime",
            "creationtime",
            "timecreated",
            "timegenerated",
            "messagetime",
            "startsat",
            "syscreatedon",
            "createdat",
            "receivedat",
            "datetime",
            "date",
            "rt",
            "ts");

    /** Dates outside these years are more likely counters, durations or sizes than times. */
    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

    private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    private static final List<DateTimeFormatter> OTHER_SPELLINGS = List.of(
            // asctime, as ModSecurity 3 writes time_stamp (the weekday is dropped first): Mar 17 09:21:13 2025
            formatter("MMM d HH:mm:ss yyyy"),
            // CEF: Mar 17 2025 13:10:27[.123][ zone]
            formatter("MMM d yyyy HH:mm:ss[.SSS][ XX][ z]"),
            // RFC 1123 / RFC 2822 (weekday dropped): 17 Mar 2025 09:21:13 GMT
            formatter("d MMM yyyy HH:mm:ss[ XX][ z]"),
            // Common Log Format: 17/Mar/2025:09:21:13 +0100
            formatter("d/MMM/yyyy:HH:mm:ss[ XX]"));

    private static final Set<String> WEEKDAYS = Set.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private EventTimes() {}

    /** The leaf the time was read from, and the time. */
    record Found(Leaf leaf, Instant time) {}

    static Optional<Found> find(List<Leaf> leaves) {
        Found best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Leaf leaf : leaves) {
            int rank = KEYS.indexOf(KeyWords.normalised(leaf.key()));
            boolean better = rank >= 0
                    && (rank < bestRank
                            || (rank == bestRank && leaf.depth() < best.leaf().depth()));
            if (better) {
                Optional<Instant> time = read(leaf);
                if (time.isPresent()) {
                    best = new Found(leaf, time.get());
                    bestRank = rank;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Instant> read(Leaf leaf) {
        if (leaf.value().isNumber()) {
            return plausible(Timestamps.parse(leaf.value().decimalValue().toPlainString()));
        }
        return leaf.isText() ? parse(leaf.text()) : Optional.empty();
    }

    /** ISO 8601 and epoch numbers as every parser reads them, then the spellings above; UTC when no zone is given. */
    static Optional<Instant> parse(String text) {
        if (text.length() > 64) {
            return Optional.empty();
        }
        Optional<Instant> iso = plausible(Timestamps.parse(text));
        if (iso.isPresent()) {
            return iso;
        }
        String value = withoutWeekday(text.strip().replaceAll("\\s+", " "));
        for (DateTimeFormatter formatter : OTHER_SPELLINGS) {
            Optional<Instant> time = plausible(parse(formatter, value));
            if (time.isPresent()) {
                return time;
            }
        }
        return plausible(dateOnly(value));
    }

    private static Optional<Instant> parse(DateTimeFormatter formatter, String value) {
        try {
            TemporalAccessor parsed = formatter.parseBest(value, ZonedDateTime::from, LocalDateTime::from);
            return Optional.of(
                    parsed instanceof ZonedDateTime zoned
                            ? zoned.toInstant()
                            : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> dateOnly(String value) {
        try {
            return Optional.of(LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "Mon Mar 17 …" and "Mon, 17 Mar …" without the weekday, which only repeats the date. */
    private static String withoutWeekday(String value) {
        int space = value.indexOf(' ');
        boolean comma = space == 4 && value.charAt(3) == ',';
        if ((space == 3 || comma) && WEEKDAYS.contains(value.substring(0, 3).toLowerCase(Locale.ROOT))) {
            return value.substring(space + 1);
        }
        return value;
    }

    private static Optional<Instant> plausible(Optional<Instant> time) {
        return time.filter(t -> !t.isBefore(EARLIEST) && t.isBefore(LATEST));
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }
}
