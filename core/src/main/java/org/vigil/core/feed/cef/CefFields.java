package org.vigil.core.feed.cef;

import java.util.Map;

/**
 * Extension values by CEF key, falling back to the key's full name ({@code src} or {@code
 * sourceAddress}), stripped of surrounding white space; null when absent or blank.
 */
final class CefFields {

    private final Map<String, String> pairs;

    CefFields(Map<String, String> pairs) {
        this.pairs = pairs;
    }

    /** The value of {@code key}, else of {@code fullName}; null if neither has a non-blank value. */
    String get(String key, String fullName) {
        String value = stripped(pairs.get(key));
        return value != null ? value : stripped(pairs.get(fullName));
    }

    /** As {@link #get} but also null for the placeholders devices write for "none": -, N/A, null, none. */
    String name(String key, String fullName) {
        String value = get(key, fullName);
        if (value == null
                || value.equals("-")
                || value.equalsIgnoreCase("n/a")
                || value.equalsIgnoreCase("null")
                || value.equalsIgnoreCase("none")) {
            return null;
        }
        return value;
    }

    private static String stripped(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
