package org.vigil.core.feed.suricata;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.vigil.core.feed.Timestamps;

/**
 * Suricata's own timestamp layout, {@code 2024-03-17T10:15:02.123456+0100}, read by position
 * (a hot path: a formatter costs more than the rest of the record). Any other spelling, and any
 * value out of range, goes to {@link Timestamps#parse}, so the result is always the same as there.
 */
final class EveTime {

    private static final int LENGTH = "2024-03-17T10:15:02.123456+0100".length();

    private EveTime() {}

    static Optional<Instant> parse(String text) {
        if (text.length() != LENGTH
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':'
                || text.charAt(19) != '.'
                || (text.charAt(26) != '+' && text.charAt(26) != '-')) {
            return Timestamps.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int micros = digits(text, 20, 6);
        int offsetHours = digits(text, 27, 2);
        int offsetMinutes = digits(text, 29, 2);
        if (year < 0
                || month < 0
                || day < 0
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59
                || micros < 0
                || offsetHours < 0
                || offsetHours > 18
                || offsetMinutes < 0
                || offsetMinutes > 59) {
            return Timestamps.parse(text);
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            int offset = (offsetHours * 3600 + offsetMinutes * 60) * (text.charAt(26) == '-' ? -1 : 1);
            long seconds = days * 86_400 + hour * 3600L + minute * 60L + second - offset;
            return Optional.of(Instant.ofEpochSecond(seconds, micros * 1000L));
        } catch (DateTimeException e) {
            return Timestamps.parse(text);
        }
    }

    /** The number written in {@code count} ASCII digits from {@code from}, or -1. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
