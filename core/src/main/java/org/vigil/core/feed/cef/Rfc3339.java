package org.vigil.core.feed.cef;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** RFC 3339 date-times as RFC 5424 syslog and some CEF producers write them, read by scanning. */
final class Rfc3339 {

    private Rfc3339() {}

    /** An RFC 3339 date between {@code from} and {@code to} (offset optional, then UTC), or null. */
    static Instant parse(String s, int from, int to) {
        if (to - from < 19) {
            return null;
        }
        int year = Digits.read(s, from, 4);
        int month = Digits.read(s, from + 5, 2);
        int day = Digits.read(s, from + 8, 2);
        int hour = Digits.read(s, from + 11, 2);
        int minute = Digits.read(s, from + 14, 2);
        int second = Digits.read(s, from + 17, 2);
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
            while (i < to && Digits.is(s.charAt(i))) {
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
        int hours = Digits.read(s, i + 1, 2);
        int minutes;
        if (i + 6 == to && s.charAt(i + 3) == ':') {
            minutes = Digits.read(s, i + 4, 2);
        } else if (i + 5 == to) {
            minutes = Digits.read(s, i + 3, 2);
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
}
