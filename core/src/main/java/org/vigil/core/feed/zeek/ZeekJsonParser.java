package org.vigil.core.feed.zeek;

import static org.vigil.core.feed.NetworkRecords.endpoint;
import static org.vigil.core.feed.NetworkRecords.endpoints;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.InvalidRecord;
import org.vigil.core.feed.JsonFields;
import org.vigil.core.feed.JsonObjectParser;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.RawRecord;

/**
 * Reads Zeek logs written as JSON, one object per line, into one event per record. {@code _path}
 * names the log: {@code conn}, {@code dns}, {@code http}, {@code ssl} and {@code notice} (and
 * {@code notice_alarm}) are read in full, any other log becomes a NETWORK/INFO event with its
 * addresses and entities. Without {@code _path} the log is recognised by its fields ({@link
 * ZeekLog#infer}); a record that fits none of the five is rejected.
 *
 * <p>Zeek has no severity scale: connection and protocol logs are INFO, notices MEDIUM, and
 * notices raised as alarms ({@code Notice::ACTION_ALARM} among {@code actions}, or the {@code
 * notice_alarm} log) HIGH.
 */
public final class ZeekJsonParser extends JsonObjectParser {

    private static final String TSV =
            "not a JSON object: a Zeek TSV line? Vigil reads Zeek logs written as JSON (LogAscii::use_json=T)";

    @Override
    public FeedFormat format() {
        return FeedFormat.ZEEK;
    }

    @Override
    protected String notAnObject(String text, String error) {
        return looksLikeTsv(text) ? TSV : error;
    }

    @Override
    protected ParseOutcome unexpected(RuntimeException e) {
        return new ParseOutcome.Rejected(
                "unreadable Zeek record: " + e.getClass().getSimpleName());
    }

    /** Zeek's own TSV logs: {@code #fields} headers, or tab-separated values. */
    private static boolean looksLikeTsv(String text) {
        String line = text.stripLeading();
        return line.startsWith("#") || (!line.startsWith("{") && !line.startsWith("[") && line.indexOf('\t') > 0);
    }

    @Override
    protected ParseOutcome read(JsonNode root, RawRecord record, Instant receivedTime) {
        String path = ZeekFields.string(root, "_path");
        ZeekLog log = path != null ? ZeekLog.ofPath(path) : ZeekLog.infer(root);
        if (log == null) {
            throw InvalidRecord.field("_path", "missing, and the fields fit none of conn, dns, http, ssl, notice");
        }
        Instant eventTime = ZeekFields.time(root);
        String orig = ZeekFields.ip(root, "id.orig_h");
        String resp = ZeekFields.ip(root, "id.resp_h");

        Mapped mapped = switch (log) {
            case CONN -> conn(root, orig, resp);
            case DNS -> dns(root, orig);
            case HTTP -> http(root, orig, resp);
            case SSL -> ssl(root, orig, resp);
            case NOTICE -> notice(root, path);
            case OTHER ->
                new Mapped(
                        EventCategory.NETWORK,
                        EventSeverity.INFO,
                        "Zeek " + path + " record" + endpoints(orig, resp),
                        List.of());
        };
        return ParseOutcome.Parsed.of(
                event(record, receivedTime, eventTime, mapped, ZeekEntities.collect(root, log, orig, resp)));
    }

    private static Mapped conn(JsonNode root, String orig, String resp) {
        String proto = ZeekFields.string(root, "proto");
        String service = ZeekFields.string(root, "service");
        String state = ZeekFields.string(root, "conn_state");
        StringBuilder summary = new StringBuilder("Connection");
        if (proto != null) {
            summary.append(' ').append(proto);
        }
        if (orig != null && resp != null) {
            summary.append(' ')
                    .append(endpoint(orig, ZeekFields.integer(root, "id.orig_p")))
                    .append(" -> ")
                    .append(endpoint(resp, ZeekFields.integer(root, "id.resp_p")));
        }
        String detail = service != null && state != null ? service + ", " + state : service != null ? service : state;
        if (detail != null) {
            summary.append(" (").append(detail).append(')');
        }
        return new Mapped(EventCategory.NETWORK, EventSeverity.INFO, summary.toString(), List.of());
    }

    private static Mapped dns(JsonNode root, String orig) {
        String query = ZeekFields.string(root, "query");
        String type = ZeekFields.string(root, "qtype_name");
        String rcode = ZeekFields.string(root, "rcode_name");
        String summary = "DNS query for " + (query != null ? query : "an unnamed record")
                + (type != null ? " (" + type + ")" : "") + (orig != null ? " from " + orig : "")
                + (rcode != null ? ": " + rcode : "");
        return new Mapped(EventCategory.DNS, EventSeverity.INFO, summary, List.of());
    }

    private static Mapped http(JsonNode root, String orig, String resp) {
        String method = ZeekFields.string(root, "method");
        Long status = ZeekFields.integer(root, "status_code");
        String target = ZeekEntities.url(root);
        if (target == null) {
            target = ZeekFields.string(root, "uri");
        }
        StringBuilder summary = new StringBuilder("HTTP ").append(method != null ? method : "request");
        if (target != null) {
            summary.append(' ').append(target).append(orig != null ? " from " + orig : "");
        } else {
            summary.append(endpoints(orig, resp));
        }
        if (status != null) {
            summary.append(" (").append(status).append(')');
        }
        return new Mapped(EventCategory.WEB, EventSeverity.INFO, summary.toString(), List.of());
    }

    private static Mapped ssl(JsonNode root, String orig, String resp) {
        String server = ZeekFields.string(root, "server_name");
        String version = ZeekFields.string(root, "version");
        String to = server != null ? server : resp;
        String summary = "TLS session" + (to != null ? " to " + to : "") + (orig != null ? " from " + orig : "")
                + (version != null ? " (" + version + ")" : "");
        return new Mapped(EventCategory.TLS, EventSeverity.INFO, summary, List.of());
    }

    private static Mapped notice(JsonNode root, String path) {
        String note = ZeekFields.string(root, "note");
        String msg = ZeekFields.string(root, "msg");
        String sub = ZeekFields.string(root, "sub");
        boolean[] alarm = {"notice_alarm".equals(path)};
        JsonFields.eachString(ZeekFields.value(root, "actions"), action -> {
            if (action.equals("Notice::ACTION_ALARM")) {
                alarm[0] = true;
            }
        });
        String summary = note != null && msg != null ? note + ": " + msg : note != null ? note : msg;
        return new Mapped(
                EventCategory.INTRUSION,
                alarm[0] ? EventSeverity.HIGH : EventSeverity.MEDIUM,
                summary != null ? summary : "Zeek notice",
                ZeekEntities.techniques(msg, sub));
    }
}
