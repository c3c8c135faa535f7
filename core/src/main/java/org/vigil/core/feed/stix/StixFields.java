package org.vigil.core.feed.stix;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.vigil.core.feed.Timestamps;

/**
 * Typed access to STIX properties. A property Vigil reads that is present with the wrong JSON type
 * is a {@link BadField} naming it, inside a bundle with the object's place ({@code
 * objects[2].count}); absent, {@code null} and blank values read as {@code null}.
 */
final class StixFields {

    private StixFields() {}

    /** Why a record cannot be read; cheap (no stack trace), caught by the parser, never thrown out of it. */
    static final class BadField extends RuntimeException {
        BadField(String field, String problem) {
            super("field " + field + ": " + problem, null, false, false);
        }
    }

    static JsonNode value(JsonNode parent, String key) {
        if (parent == null) {
            return null;
        }
        JsonNode node = parent.get(key);
        return node == null || node.isNull() ? null : node;
    }

    static String string(JsonNode parent, String key, String prefix) {
        JsonNode node = value(parent, key);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw new BadField(prefix + key, "not a string");
        }
        String text = node.textValue();
        return text.isBlank() ? null : text;
    }

    static String requiredString(JsonNode parent, String key, String prefix) {
        String text = string(parent, key, prefix);
        if (text == null) {
            throw new BadField(prefix + key, "missing");
        }
        return text;
    }

    static Long integer(JsonNode parent, String key, String prefix, long min, long max) {
        JsonNode node = value(parent, key);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new BadField(prefix + key, "not a whole number");
        }
        long number = node.longValue();
        if (number < min || number > max) {
            throw new BadField(prefix + key, number + " is outside " + min + " to " + max);
        }
        return number;
    }

    static Instant timestamp(JsonNode parent, String key, String prefix) {
        String text = string(parent, key, prefix);
        if (text == null) {
            return null;
        }
        return Timestamps.parse(text).orElseThrow(() -> new BadField(prefix + key, "not a date"));
    }

    /** A list of strings (identifiers); {@code null} when absent. */
    static JsonNode strings(JsonNode parent, String key, String prefix) {
        JsonNode node = value(parent, key);
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            throw new BadField(prefix + key, "not a list");
        }
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw new BadField(prefix + key, "not a list of strings");
            }
        }
        return node;
    }

    static JsonNode object(JsonNode parent, String key, String prefix) {
        JsonNode node = value(parent, key);
        if (node != null && !node.isObject()) {
            throw new BadField(prefix + key, "not an object");
        }
        return node;
    }

    /** The object type a STIX identifier names ({@code indicator} for {@code indicator--44af…}), or null. */
    static String typeOf(String id) {
        int dashes = id.indexOf("--");
        return dashes <= 0 ? null : id.substring(0, dashes);
    }

    static String oneLine(String text) {
        String stripped = text.strip();
        return stripped.indexOf('\n') < 0 && stripped.indexOf('\r') < 0
                ? stripped
                : stripped.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
