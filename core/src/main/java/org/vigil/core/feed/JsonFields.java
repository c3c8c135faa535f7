package org.vigil.core.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Typed access to JSON fields for the JSON-based parsers. A field Vigil reads that is present with
 * the wrong JSON type is an {@link InvalidRecord} naming it ({@code field} is the name the reason
 * shows, e.g. a dotted path); absent, {@code null} and (for text) blank values read as {@code
 * null}. The {@code node} methods check a node already looked up, for formats that find their
 * fields their own way; the others look up {@code key} in {@code parent} (which may be null).
 */
public final class JsonFields {

    private JsonFields() {}

    /** The child {@code key} of {@code parent}, or null when the parent or the child is absent or null. */
    public static JsonNode value(JsonNode parent, String key) {
        if (parent == null) {
            return null;
        }
        JsonNode node = parent.get(key);
        return node == null || node.isNull() ? null : node;
    }

    /** A string node's text, or null when absent or blank; "not a string" otherwise. */
    public static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw InvalidRecord.field(field, "not a string");
        }
        String text = node.textValue();
        return text.isBlank() ? null : text;
    }

    public static String optionalText(JsonNode parent, String key, String field) {
        return text(value(parent, key), field);
    }

    /** Like {@link #optionalText}, and "missing" when absent, null or blank. */
    public static String requiredText(JsonNode parent, String key, String field) {
        String text = optionalText(parent, key, field);
        if (text == null) {
            throw InvalidRecord.field(field, "missing");
        }
        return text;
    }

    /** A string that must be present: "missing" when absent or null, "blank" when blank. */
    public static String nonBlankText(JsonNode parent, String key, String field) {
        JsonNode node = value(parent, key);
        if (node == null) {
            throw InvalidRecord.field(field, "missing");
        }
        String text = text(node, field);
        if (text == null) {
            throw InvalidRecord.field(field, "blank");
        }
        return text;
    }

    /** A whole number that fits a long, or null when absent; "not a whole number" otherwise. */
    public static Long wholeNumber(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw InvalidRecord.field(field, "not a whole number");
        }
        return node.longValue();
    }

    public static Long optionalLong(JsonNode parent, String key, String field) {
        return wholeNumber(value(parent, key), field);
    }

    /** Like {@link #optionalLong}, and "N is outside min to max" when out of range. */
    public static Long optionalLong(JsonNode parent, String key, String field, long min, long max) {
        Long number = optionalLong(parent, key, field);
        if (number != null && (number < min || number > max)) {
            throw InvalidRecord.field(field, number + " is outside " + min + " to " + max);
        }
        return number;
    }

    /** An object, or null when absent; "not an object" otherwise. */
    public static JsonNode object(JsonNode parent, String key, String field) {
        JsonNode node = value(parent, key);
        if (node != null && !node.isObject()) {
            throw InvalidRecord.field(field, "not an object");
        }
        return node;
    }

    /** An array, or null when absent; "not a list" otherwise. */
    public static JsonNode array(JsonNode parent, String key, String field) {
        JsonNode node = value(parent, key);
        if (node != null && !node.isArray()) {
            throw InvalidRecord.field(field, "not a list");
        }
        return node;
    }

    /** A string that looks like an IPv4 or IPv6 address, or null when absent; "not an IP address" otherwise. */
    public static String ip(JsonNode node, String field) {
        String text = text(node, field);
        if (text != null && !isIpLiteral(text)) {
            throw InvalidRecord.field(field, "not an IP address");
        }
        return text;
    }

    public static String optionalIp(JsonNode parent, String key, String field) {
        return ip(value(parent, key), field);
    }

    /**
     * A date as {@link Timestamps} reads it: a string, or an epoch number read through its decimal
     * form (so microseconds survive); null when absent, "not a date" otherwise.
     */
    public static Instant instant(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        String text;
        if (node.isNumber()) {
            text = node.decimalValue().toPlainString();
        } else if (node.isTextual()) {
            text = node.textValue();
        } else {
            throw InvalidRecord.field(field, "not a date");
        }
        return Timestamps.parse(text).orElseThrow(() -> InvalidRecord.field(field, "not a date"));
    }

    /** A date string, or null when absent or blank; "not a string" or "not a date" otherwise. */
    public static Instant optionalInstant(JsonNode parent, String key, String field) {
        String text = optionalText(parent, key, field);
        if (text == null) {
            return null;
        }
        return Timestamps.parse(text).orElseThrow(() -> InvalidRecord.field(field, "not a date"));
    }

    /** The non-blank strings of an array, or a single non-blank string; other elements are skipped. */
    public static void eachString(JsonNode node, Consumer<String> sink) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            if (!node.textValue().isBlank()) {
                sink.accept(node.textValue());
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                if (element.isTextual() && !element.textValue().isBlank()) {
                    sink.accept(element.textValue());
                }
            }
        }
    }

    /** A cheap shape check, no regex: dotted-quad IPv4, or hex groups with colons (IPv6, optional zone). */
    public static boolean isIpLiteral(String text) {
        int length = text.length();
        if (length < 2 || length > 64) {
            return false;
        }
        if (text.indexOf(':') >= 0) {
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c == '%') {
                    return i > 1;
                }
                if (!(Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
                    return false;
                }
            }
            return true;
        }
        int dots = 0;
        int digits = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (digits == 0) {
                    return false;
                }
                dots++;
                digits = 0;
            } else if (c >= '0' && c <= '9' && digits < 3) {
                digits++;
            } else {
                return false;
            }
        }
        return dots == 3 && digits > 0;
    }

    /** The text on one line: line breaks become spaces (the text is not stripped). */
    public static String oneLine(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0
                ? text
                : text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
