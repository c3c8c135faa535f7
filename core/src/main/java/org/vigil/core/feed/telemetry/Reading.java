package org.vigil.core.feed.telemetry;

import com.fasterxml.jackson.databind.JsonNode;
import org.vigil.core.feed.InvalidRecord;
import org.vigil.core.feed.JsonFields;

/**
 * Typed access to the fields of one telemetry record; a field of the wrong type is rejected by
 * name. Numbers keep their JSON spelling for summaries.
 */
final class Reading {

    private final JsonNode root;

    Reading(JsonNode root) {
        this.root = root;
    }

    private JsonNode node(String field) {
        return JsonFields.value(root, field);
    }

    /** A string field, or null when absent, null or blank. */
    String text(String field) {
        String value = JsonFields.text(node(field), field);
        return value == null ? null : value.strip();
    }

    String requiredText(String field) {
        String value = text(field);
        if (value == null) {
            throw InvalidRecord.field(field, "missing");
        }
        return value;
    }

    /** An identifier: a string, or a whole number as trackers write IMEIs. */
    String id(String field) {
        JsonNode node = node(field);
        if (node != null && node.isIntegralNumber()) {
            return node.asText();
        }
        return text(field);
    }

    boolean has(String field) {
        return node(field) != null;
    }

    double number(String field) {
        return numberNode(field).doubleValue();
    }

    /** The number as written, e.g. "38.7512" or "23"; null when absent. */
    String numberText(String field) {
        return has(field) ? numberNode(field).asText() : null;
    }

    private JsonNode numberNode(String field) {
        JsonNode node = node(field);
        if (node == null) {
            throw InvalidRecord.field(field, "missing");
        }
        if (!node.isNumber()) {
            throw InvalidRecord.field(field, "not a number");
        }
        return node;
    }

    /** A coordinate or other bounded number. */
    double number(String field, double min, double max) {
        double value = number(field);
        if (!(value >= min && value <= max)) {
            throw InvalidRecord.field(field, numberText(field) + " is outside " + (int) min + " to " + (int) max);
        }
        return value;
    }

    /** A true/false field, or null when absent. */
    Boolean flag(String field) {
        JsonNode node = node(field);
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            throw InvalidRecord.field(field, "not true or false");
        }
        return node.booleanValue();
    }

    /** A field whose value must be one of a few words, or null when absent. */
    String choice(String field, String first, String second) {
        String value = text(field);
        if (value != null && !value.equals(first) && !value.equals(second)) {
            throw InvalidRecord.field(field, "unknown value '" + value + "'; allowed: " + first + ", " + second);
        }
        return value;
    }

    String requiredChoice(String field, String first, String second) {
        String value = choice(field, first, second);
        if (value == null) {
            throw InvalidRecord.field(field, "missing");
        }
        return value;
    }
}
