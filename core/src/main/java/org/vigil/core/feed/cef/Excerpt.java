package org.vigil.core.feed.cef;

/** A value quoted in a rejection reason, short enough to read and free of control characters. */
final class Excerpt {

    private static final int MAX = 40;

    private Excerpt() {}

    static String of(String value) {
        StringBuilder quoted = new StringBuilder(Math.min(value.length(), MAX) + 3).append('"');
        for (int i = 0; i < value.length() && i < MAX; i++) {
            char c = value.charAt(i);
            quoted.append(Character.isISOControl(c) ? '?' : c);
        }
        return quoted.append(value.length() > MAX ? "…\"" : "\"").toString();
    }
}
