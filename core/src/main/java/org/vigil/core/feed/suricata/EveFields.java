package org.vigil.core.feed.suricata;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed access to EVE fields. A field Vigil reads that is present with the wrong JSON type is a
 * {@link BadField} naming it; absent, {@code null} and blank values read as {@code null}.
 */
final class EveFields {

    private EveFields() {}

    /** Why a record cannot be read; cheap (no stack trace), caught by the parser. */
    static final class BadField extends RuntimeException {
        BadField(String reason) {
            super(reason, null, false, false);
        }
    }

    static BadField bad(String field, String problem) {
        return new BadField("field " + field + ": " + problem);
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
            throw bad(field, "not a string");
        }
        String text = node.textValue();
        return text.isBlank() ? null : text;
    }

    static String requiredString(JsonNode parent, String key, String field) {
        String text = string(parent, key, field);
        if (text == null) {
            throw bad(field, "missing");
        }
        return text;
    }

    static Long integer(JsonNode parent, String key, String field) {
        JsonNode node = value(parent, key);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw bad(field, "not a whole number");
        }
        return node.longValue();
    }

    static JsonNode object(JsonNode parent, String key, String field) {
        JsonNode node = value(parent, key);
        if (node != null && !node.isObject()) {
            throw bad(field, "not an object");
        }
        return node;
    }

    /** The strings of an array, or of a single string; other elements are skipped. */
    static void strings(JsonNode node, java.util.function.Consumer<String> sink) {
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

    /** An IP address field: must be a string that looks like an IPv4 or IPv6 address. */
    static String ip(JsonNode parent, String key, String field) {
        String text = string(parent, key, field);
        if (text != null && !isIpLiteral(text)) {
            throw bad(field, "not an IP address");
        }
        return text;
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

    /** A MITRE ATT&amp;CK technique id such as {@code T1190} or {@code T1071.004}, upper-cased, or null. */
    static String techniqueId(String text) {
        String id = text.strip();
        int length = id.length();
        if ((length != 5 && length != 9) || (id.charAt(0) != 'T' && id.charAt(0) != 't')) {
            return null;
        }
        for (int i = 1; i < length; i++) {
            char c = id.charAt(i);
            boolean ok = i == 5 ? c == '.' : c >= '0' && c <= '9';
            if (!ok) {
                return null;
            }
        }
        return id.charAt(0) == 'T' ? id : "T" + id.substring(1);
    }
}
