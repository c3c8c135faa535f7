package org.vigil.core.feed.ocsf;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed access to OCSF attributes. An attribute Vigil reads that is present with the wrong JSON
 * type is a {@link BadField} naming it by its dotted path; absent, {@code null} and blank values
 * read as {@code null}.
 */
final class OcsfFields {

    private OcsfFields() {}

    /** Why an event cannot be read; cheap (no stack trace), caught by the parser, never thrown out of it. */
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

    static String string(JsonNode parent, String key, String field) {
        JsonNode node = value(parent, key);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw new BadField(field, "not a string");
        }
        String text = node.textValue();
        return text.isBlank() ? null : text;
    }

    static Long integer(JsonNode parent, String key, String field) {
        JsonNode node = value(parent, key);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new BadField(field, "not a whole number");
        }
        return node.longValue();
    }

    static JsonNode object(JsonNode parent, String key, String field) {
        JsonNode node = value(parent, key);
        if (node != null && !node.isObject()) {
            throw new BadField(field, "not an object");
        }
        return node;
    }

    static JsonNode array(JsonNode parent, String key, String field) {
        JsonNode node = value(parent, key);
        if (node != null && !node.isArray()) {
            throw new BadField(field, "not a list");
        }
        return node;
    }

    /** The text on one line: line breaks become spaces. */
    static String oneLine(String text) {
        String stripped = text.strip();
        return stripped.indexOf('\n') < 0 && stripped.indexOf('\r') < 0
                ? stripped
                : stripped.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
