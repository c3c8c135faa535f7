package org.vigil.core.feed.stix;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.vigil.core.feed.InvalidRecord;
import org.vigil.core.feed.JsonFields;

/**
 * STIX property access: the typed checks are {@link JsonFields}', naming a property inside a bundle
 * with the object's place ({@code prefix} {@code objects[2].} gives {@code objects[2].count}).
 */
final class StixFields {

    private StixFields() {}

    static String string(JsonNode parent, String key, String prefix) {
        return JsonFields.optionalText(parent, key, prefix + key);
    }

    static String requiredString(JsonNode parent, String key, String prefix) {
        return JsonFields.requiredText(parent, key, prefix + key);
    }

    static Long integer(JsonNode parent, String key, String prefix, long min, long max) {
        return JsonFields.optionalLong(parent, key, prefix + key, min, max);
    }

    static Instant timestamp(JsonNode parent, String key, String prefix) {
        return JsonFields.optionalInstant(parent, key, prefix + key);
    }

    static JsonNode object(JsonNode parent, String key, String prefix) {
        return JsonFields.object(parent, key, prefix + key);
    }

    /** A list of strings (identifiers); {@code null} when absent. */
    static JsonNode strings(JsonNode parent, String key, String prefix) {
        JsonNode node = JsonFields.array(parent, key, prefix + key);
        if (node != null) {
            for (JsonNode element : node) {
                if (!element.isTextual()) {
                    throw InvalidRecord.field(prefix + key, "not a list of strings");
                }
            }
        }
        return node;
    }

    /** The object type a STIX identifier names ({@code indicator} for {@code indicator--44af…}), or null. */
    static String typeOf(String id) {
        int dashes = id.indexOf("--");
        return dashes <= 0 ? null : id.substring(0, dashes);
    }

    /** The text stripped and on one line. */
    static String oneLine(String text) {
        return JsonFields.oneLine(text.strip());
    }
}
