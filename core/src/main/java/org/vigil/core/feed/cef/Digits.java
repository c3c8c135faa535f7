package org.vigil.core.feed.cef;

/** ASCII digits, read without parsing whole strings. */
final class Digits {

    private Digits() {}

    /** The number written with exactly {@code count} ASCII digits at {@code at}, or -1. */
    static int read(String s, int at, int count) {
        if (at < 0 || at + count > s.length()) {
            return -1;
        }
        int value = 0;
        for (int i = at; i < at + count; i++) {
            char c = s.charAt(i);
            if (!is(c)) {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    static boolean is(char c) {
        return c >= '0' && c <= '9';
    }
}
