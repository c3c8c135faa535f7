package org.vigil.core.feed.zeek;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Zeek logs Vigil reads in full; every other log is {@link #OTHER}. The log is named by {@code
 * _path} (added by the json-streaming-logs package, the Kafka writer and most shippers); a record
 * without {@code _path} (plain {@code LogAscii::use_json} output) is recognised by fields only its
 * log writes, or rejected.
 */
enum ZeekLog {
    CONN,
    DNS,
    HTTP,
    SSL,
    NOTICE,
    OTHER;

    static ZeekLog ofPath(String path) {
        return switch (path) {
            case "conn" -> CONN;
            case "dns" -> DNS;
            case "http" -> HTTP;
            case "ssl" -> SSL;
            case "notice", "notice_alarm" -> NOTICE;
            default -> OTHER;
        };
    }

    /** The log a record without {@code _path} comes from, by its distinctive fields; null if none fits. */
    static ZeekLog infer(JsonNode root) {
        if (ZeekFields.has(root, "note")) {
            return NOTICE;
        }
        if (ZeekFields.has(root, "query") || ZeekFields.has(root, "qtype_name") || ZeekFields.has(root, "rcode_name")) {
            return DNS;
        }
        if (ZeekFields.has(root, "server_name")
                || ZeekFields.has(root, "ssl_history")
                || ZeekFields.has(root, "cipher")) {
            return SSL;
        }
        if (ZeekFields.has(root, "method") || ZeekFields.has(root, "status_code") || ZeekFields.has(root, "uri")) {
            return HTTP;
        }
        if (ZeekFields.has(root, "conn_state") || (ZeekFields.has(root, "history") && ZeekFields.has(root, "proto"))) {
            return CONN;
        }
        return null;
    }
}
