package org.vigil.core.feed;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Optional;

/**
 * The timestamp spellings monitors use: ISO 8601 with {@code Z}, {@code +01:00} or {@code +0100}
 * offsets and any fraction (Suricata, Wazuh, OCSF, STIX), epoch seconds with a fraction (Zeek),
 * epoch milliseconds (CEF {@code rt}, OCSF {@code time}). A local time without offset is read as UTC.
 */
public final class Timestamps {

    private static final DateTimeFormatter ISO_ANY_OFFSET = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .toFormatter();

    /** Epoch values above this are milliseconds, below are seconds (year 2286 in seconds). */
    private static final long MILLIS_THRESHOLD = 10_000_000_000L;

    private Timestamps() {}

    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        if (isDecimal(value)) {
            return epoch(value);
        }
        try {
            var parsed = ISO_ANY_OFFSET.parseBest(value.replace(' ', 'T'), OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof OffsetDateTime offset) {
                return Optional.of(offset.toInstant());
            }
            return Optional.of(((LocalDateTime) parsed).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> epoch(String value) {
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.longValue() > MILLIS_THRESHOLD) {
                return Optional.of(Instant.ofEpochMilli(number.longValue()));
            }
            long seconds = number.longValue();
            long nanos = number.subtract(BigDecimal.valueOf(seconds))
                    .movePointRight(9)
                    .longValue();
            return Optional.of(Instant.ofEpochSecond(seconds, nanos));
        } catch (ArithmeticException | NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Digits with at most one dot inside: a scan, not a regex, since this runs for every event. */
    private static boolean isDecimal(String value) {
        boolean dot = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '.' && !dot && i > 0 && i < value.length() - 1) {
                dot = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
