package org.vigil.core.feed.zeek;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.vigil.core.feed.InvalidRecord;
import org.vigil.core.feed.JsonFields;

/**
 * Zeek field lookup. Zeek writes record fields flat with dotted names ({@code "id.orig_h"});
 * shippers such as Filebeat nest them ({@code "id": {"orig_h": …}}): both are read. The typed
 * checks are {@link JsonFields}', naming the field as Zeek spells it.
 */
final class ZeekFields {

    private ZeekFields() {}

    static JsonNode value(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null) {
            int dot = name.indexOf('.');
            if (dot > 0) {
                JsonNode parent = root.get(name.substring(0, dot));
                node = parent != null && parent.isObject() ? parent.get(name.substring(dot + 1)) : null;
            }
        }
        return node == null || node.isNull() ? null : node;
    }

    static boolean has(JsonNode root, String name) {
        return value(root, name) != null;
    }

    static String string(JsonNode root, String name) {
        return JsonFields.text(value(root, name), name);
    }

    /** A string if the field is one, else null: for fields that are only an extra. */
    static String lenientString(JsonNode root, String name) {
        JsonNode node = value(root, name);
        return node != null && node.isTextual() && !node.textValue().isBlank() ? node.textValue() : null;
    }

    static Long integer(JsonNode root, String name) {
        return JsonFields.wholeNumber(value(root, name), name);
    }

    static String ip(JsonNode root, String name) {
        return JsonFields.ip(value(root, name), name);
    }

    /**
     * {@code ts}: epoch seconds with a fraction (Zeek's default) or an ISO 8601 string ({@code
     * LogAscii::json_timestamps = JSON::TS_ISO8601}).
     */
    static Instant time(JsonNode root) {
        Instant time = JsonFields.instant(value(root, "ts"), "ts");
        if (time == null) {
            throw InvalidRecord.field("ts", "missing");
        }
        return time;
    }
}
