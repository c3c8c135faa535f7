package org.vigil.core.feed.zeek;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Consumer;
import org.vigil.core.feed.Timestamps;

/**
 * Typed access to Zeek JSON fields. Zeek writes record fields flat with dotted names ({@code
 * "id.orig_h"}); shippers such as Filebeat nest them ({@code "id": {"orig_h": …}}): both are read.
 * A field Vigil reads that is present with the wrong JSON type is a {@link BadField} naming it;
 * absent, {@code null} and blank values read as {@code null}.
 */
final class ZeekFields {

    private ZeekFields() {}

    /** Why a record cannot be read; cheap (no stack trace), caught by the parser. */
    static final class BadField extends RuntimeException {
        BadField(String reason) {
            super(reason, null, false, false);
        }
    }

    static BadField bad(String field, String problem) {
        return new BadField("field " + field + ": " + problem);
    }

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
        JsonNode node = value(root, name);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw bad(name, "not a string");
        }
        String text = node.textValue();
        return text.isBlank() ? null : text;
    }

    /** A string if the field is one, else null: for fields that are only an extra. */
    static String lenientString(JsonNode root, String name) {
        JsonNode node = value(root, name);
        return node != null && node.isTextual() && !node.textValue().isBlank() ? node.textValue() : null;
    }

    static Long integer(JsonNode root, String name) {
        JsonNode node = value(root, name);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw bad(name, "not a whole number");
        }
        return node.longValue();
    }

    static String ip(JsonNode root, String name) {
        String text = string(root, name);
        if (text != null && !isIpLiteral(text)) {
            throw bad(name, "not an IP address");
        }
        return text;
    }

    /**
     * {@code ts}: epoch seconds with a fraction (Zeek's default) or an ISO 8601 string ({@code
     * LogAscii::json_timestamps = JSON::TS_ISO8601}). Epoch numbers are read through their decimal
     * form, so microseconds survive.
     */
    static Instant time(JsonNode root) {
        JsonNode node = value(root, "ts");
        if (node == null) {
            throw bad("ts", "missing");
        }
        String text;
        if (node.isNumber()) {
            text = node.isIntegralNumber()
                    ? node.asText()
                    : BigDecimal.valueOf(node.doubleValue()).toPlainString();
        } else if (node.isTextual()) {
            text = node.textValue();
        } else {
            throw bad("ts", "not a date");
        }
        return Timestamps.parse(text).orElseThrow(() -> bad("ts", "not a date"));
    }

    /** The strings of an array (a Zeek set or vector), or of a single string; other elements are skipped. */
    static void strings(JsonNode node, Consumer<String> sink) {
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
    static boolean isIpLiteral(String text) {
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
}
