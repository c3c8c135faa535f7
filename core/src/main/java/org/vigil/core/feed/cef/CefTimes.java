package org.vigil.core.feed.cef;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * The date spellings of CEF and syslog, read by scanning rather than with formatters or regular
 * expressions: the CEF specification's {@code MMM dd [yyyy] HH:mm:ss[.SSS] [zzz]} forms and epoch
 * milliseconds, the RFC 3164 {@code Mmm dd HH:mm:ss} header (no year, no zone) and RFC 3339 dates.
 *
 * <p>A date without a year takes the year that puts it closest before the time the record was
 * received: this year, or last year if that would put it more than 31 days in the future (a
 * December line read in January), or next year if that puts it at most a day ahead (a device clock
 * slightly ahead at New Year).
 */
final class CefTimes {

    static final ZoneId UTC = ZoneOffset.UTC;

    private static final Duration SAME_YEAR_AHEAD = Duration.ofDays(31);
    private static final Duration NEXT_YEAR_AHEAD = Duration.ofDays(1);
    /** Epoch values above this are milliseconds (as CEF says), below are seconds (year 2286 in seconds). */
    private static final long MILLIS_THRESHOLD = 10_000_000_000L;

    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
    /** Summer-time abbreviations that {@link ZoneId#SHORT_IDS} does not know. */
    private static final Map<String, ZoneOffset> DAYLIGHT = Map.of(
            "CEST", ZoneOffset.ofHours(2),
            "EEST", ZoneOffset.ofHours(3),
            "WEST", ZoneOffset.ofHours(1),
            "BST", ZoneOffset.ofHours(1),
            "EDT", ZoneOffset.ofHours(-4),
            "CDT", ZoneOffset.ofHours(-5),
            "MDT", ZoneOffset.ofHours(-6),
            "PDT", ZoneOffset.ofHours(-7),
            "AKDT", ZoneOffset.ofHours(-8));

    private CefTimes() {}

    /** Month, day, year (0 if absent) and time of a {@code MMM dd [yyyy] HH:mm:ss[.SSS]} date, and where it ends. */
    record Clock(int month, int day, int year, int hour, int minute, int second, int nanos, int end) {}

    /**
     * A CEF date value (rt, start, end): epoch milliseconds, {@code MMM dd [yyyy] HH:mm:ss[.SSS]}
     * with an optional zone (else {@code zone}), or RFC 3339. Null if it is none of these.
     */
    static Instant value(String value, ZoneId zone, Instant received) {
        int length = value.length();
        if (length == 0) {
            return null;
        }
        if (Digits.is(value.charAt(0))) {
            return allDigits(value) ? epoch(value) : Rfc3339.parse(value, 0, length);
        }
        Clock clock = clock(value, 0);
        if (clock == null) {
            return null;
        }
        ZoneId actual = zone;
        if (clock.end() < length) {
            if (value.charAt(clock.end()) != ' ') {
                return null;
            }
            actual = zone(value.substring(clock.end() + 1).strip());
            if (actual == null) {
                return null;
            }
        }
        return instant(clock, actual, received);
    }

    /** The {@code MMM dd [yyyy] HH:mm:ss[.SSS]} date at {@code from}, or null. Also accepts "Mmm  d" and "Mmm dd,". */
    static Clock clock(String s, int from) {
        int length = s.length();
        int month = month(s, from);
        int i = from + 3;
        if (month == 0 || i >= length || s.charAt(i) != ' ') {
            return null;
        }
        while (i < length && s.charAt(i) == ' ') {
            i++;
        }
        int dayStart = i;
        int day = 0;
        while (i < length && i - dayStart < 2 && Digits.is(s.charAt(i))) {
            day = day * 10 + s.charAt(i++) - '0';
        }
        if (i < length && s.charAt(i) == ',') {
            i++;
        }
        if (i == dayStart || i >= length || s.charAt(i) != ' ') {
            return null;
        }
        i++;
        int year = 0;
        if (i + 5 <= length && s.charAt(i + 4) == ' ' && Digits.read(s, i, 4) >= 0) {
            year = Digits.read(s, i, 4);
            i += 5;
        }
        int hour = Digits.read(s, i, 2);
        int minute = Digits.read(s, i + 3, 2);
        int second = Digits.read(s, i + 6, 2);
        if (hour < 0 || minute < 0 || second < 0 || s.charAt(i + 2) != ':' || s.charAt(i + 5) != ':') {
            return null;
        }
        i += 8;
        int nanos = 0;
        if (i < length && s.charAt(i) == '.') {
            int fractionStart = ++i;
            int scale = 100_000_000;
            while (i < length && Digits.is(s.charAt(i))) {
                nanos += (s.charAt(i++) - '0') * scale;
                scale /= 10;
            }
            if (i == fractionStart || i - fractionStart > 9) {
                return null;
            }
        }
        return new Clock(month, day, year, hour, minute, second, nanos, i);
    }

    /** The instant of a clock reading in {@code zone}, inferring a missing year; null if no such date. */
    static Instant instant(Clock clock, ZoneId zone, Instant received) {
        try {
            LocalTime time = LocalTime.of(clock.hour(), clock.minute(), clock.second(), clock.nanos());
            if (clock.year() > 0) {
                return LocalDateTime.of(clock.year(), clock.month(), clock.day(), 0, 0)
                        .with(time)
                        .atZone(zone)
                        .toInstant();
            }
            return withInferredYear(clock.month(), clock.day(), time, zone, received);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Instant withInferredYear(int month, int day, LocalTime time, ZoneId zone, Instant received) {
        int thisYear = received.atZone(zone).getYear();
        // Back to the leap year before, for a February 29 read in a common year.
        for (int year = thisYear + 1; year >= thisYear - 8; year--) {
            if (day > YearMonth.of(year, month).lengthOfMonth()) {
                continue;
            }
            Instant candidate = LocalDateTime.of(year, month, day, 0, 0)
                    .with(time)
                    .atZone(zone)
                    .toInstant();
            Duration ahead = year > thisYear ? NEXT_YEAR_AHEAD : SAME_YEAR_AHEAD;
            if (!candidate.isAfter(received.plus(ahead))) {
                return candidate;
            }
        }
        return null;
    }

    /** A zone named after a time: an offset, UTC/GMT(+hh:mm), a region id or a common abbreviation; null if unknown. */
    static ZoneId zone(String text) {
        if (text.isEmpty()) {
            return null;
        }
        ZoneOffset daylight = DAYLIGHT.get(text.toUpperCase(Locale.ROOT));
        if (daylight != null) {
            return daylight;
        }
        try {
            char first = text.charAt(0);
            if (first == '+' || first == '-') {
                return ZoneOffset.of(text);
            }
            return text.equals("Z") ? UTC : ZoneId.of(text, ZoneId.SHORT_IDS);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Instant epoch(String digits) {
        if (digits.length() > 15) {
            return null;
        }
        long value = Long.parseLong(digits);
        return value > MILLIS_THRESHOLD ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    }

    /** 1–12 for a three-letter English month abbreviation at {@code at}, any case; 0 otherwise. */
    private static int month(String s, int at) {
        if (at + 3 > s.length()) {
            return 0;
        }
        for (int m = 0; m < 12; m++) {
            if (s.regionMatches(true, at, MONTHS, m * 3, 3)) {
                return m + 1;
            }
        }
        return 0;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Digits.is(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
