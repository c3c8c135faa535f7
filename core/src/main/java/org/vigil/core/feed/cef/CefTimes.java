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
        if (isDigit(value.charAt(0))) {
            return allDigits(value) ? epoch(value) : iso(value, 0, length);
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
        while (i < length && i - dayStart < 2 && isDigit(s.charAt(i))) {
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
        if (i + 5 <= length && s.charAt(i + 4) == ' ' && digits(s, i, 4) >= 0) {
            year = digits(s, i, 4);
            i += 5;
        }
        int hour = digits(s, i, 2);
        int minute = digits(s, i + 3, 2);
        int second = digits(s, i + 6, 2);
        if (hour < 0 || minute < 0 || second < 0 || s.charAt(i + 2) != ':' || s.charAt(i + 5) != ':') {
            return null;
        }
        i += 8;
        int nanos = 0;
        if (i < length && s.charAt(i) == '.') {
            int fractionStart = ++i;
            int scale = 100_000_000;
            while (i < length && isDigit(s.charAt(i))) {
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

    /** An RFC 3339 date between {@code from} and {@code to} (offset optional, then UTC), or null. */
    static Instant iso(String s, int from, int to) {
        if (to - from < 19) {
            return null;
        }
        int year = digits(s, from, 4);
        int month = digits(s, from + 5, 2);
        int day = digits(s, from + 8, 2);
        int hour = digits(s, from + 11, 2);
        int minute = digits(s, from + 14, 2);
        int second = digits(s, from + 17, 2);
        char separator = s.charAt(from + 10);
        if (year < 0
                || month < 0
                || day < 0
                || hour < 0
                || minute < 0
                || second < 0
                || s.charAt(from + 4) != '-'
                || s.charAt(from + 7) != '-'
                || (separator != 'T' && separator != 't' && separator != ' ')
                || s.charAt(from + 13) != ':'
                || s.charAt(from + 16) != ':') {
            return null;
        }
        int i = from + 19;
        int nanos = 0;
        if (i < to && s.charAt(i) == '.') {
            int fractionStart = ++i;
            int scale = 100_000_000;
            while (i < to && isDigit(s.charAt(i))) {
                nanos += (s.charAt(i++) - '0') * scale;
                scale /= 10;
            }
            if (i == fractionStart || i - fractionStart > 9) {
                return null;
            }
        }
        ZoneOffset offset = offset(s, i, to);
        if (offset == null) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
                    .toInstant(offset);
        } catch (DateTimeException e) {
            return null;
        }
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

    private static ZoneOffset offset(String s, int i, int to) {
        if (i == to) {
            return ZoneOffset.UTC;
        }
        char c = s.charAt(i);
        if ((c == 'Z' || c == 'z') && i + 1 == to) {
            return ZoneOffset.UTC;
        }
        if (c != '+' && c != '-') {
            return null;
        }
        int hours = digits(s, i + 1, 2);
        int minutes;
        if (i + 6 == to && s.charAt(i + 3) == ':') {
            minutes = digits(s, i + 4, 2);
        } else if (i + 5 == to) {
            minutes = digits(s, i + 3, 2);
        } else {
            return null;
        }
        if (hours < 0 || minutes < 0) {
            return null;
        }
        int sign = c == '-' ? -1 : 1;
        try {
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
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

    /** The number written with exactly {@code count} digits at {@code at}, or -1. */
    private static int digits(String s, int at, int count) {
        if (at < 0 || at + count > s.length()) {
            return -1;
        }
        int value = 0;
        for (int i = at; i < at + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
