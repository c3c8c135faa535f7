package org.vigil.core.feed.suricata;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventIds;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.JsonRecords;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.RawRecord;

/**
 * Reads Suricata EVE JSON, one object per line, into one event per record. {@code event_type}
 * decides the mapping: {@code alert}, {@code anomaly}, {@code http}, {@code dns}, {@code tls},
 * {@code flow} and {@code fileinfo} are read in full; any other type ({@code stats}, {@code
 * netflow}, {@code smtp}…) becomes a NETWORK/INFO event with its addresses and entities.
 *
 * <p>Alert severity is Suricata's rule priority, 1 the highest: 1 → HIGH, 2 → MEDIUM, 3 → LOW,
 * 4 and above → INFO, absent → LOW (Suricata's default priority is 3). Anomalies are LOW,
 * everything else INFO. ATT&amp;CK techniques come from {@code alert.metadata.mitre_technique_id}.
 */
public final class SuricataEveParser implements FeedParser {

    private record Mapped(EventCategory category, EventSeverity severity, String summary, List<String> techniques) {}

    @Override
    public FeedFormat format() {
        return FeedFormat.SURICATA_EVE;
    }

    @Override
    public ParseOutcome parse(RawRecord record, Instant receivedTime) {
        JsonRecords.Either json = JsonRecords.parseObject(record.text());
        if (!json.ok()) {
            return new ParseOutcome.Rejected(json.error());
        }
        try {
            return ParseOutcome.Parsed.of(toEvent(json.node(), record, receivedTime));
        } catch (EveFields.BadField e) {
            return new ParseOutcome.Rejected(e.getMessage());
        } catch (RuntimeException e) {
            return new ParseOutcome.Rejected(
                    "unreadable EVE record: " + e.getClass().getSimpleName());
        }
    }

    private Event toEvent(JsonNode root, RawRecord record, Instant receivedTime) {
        String type = EveFields.requiredString(root, "event_type", "event_type");
        String stamp = EveFields.requiredString(root, "timestamp", "timestamp");
        Instant eventTime = EveTime.parse(stamp).orElseThrow(() -> EveFields.bad("timestamp", "not a date"));
        String src = EveFields.ip(root, "src_ip", "src_ip");
        String dest = EveFields.ip(root, "dest_ip", "dest_ip");

        Mapped mapped = switch (type) {
            case "alert" -> alert(root);
            case "anomaly" -> anomaly(root, src, dest);
            case "http" -> http(root, src, dest);
            case "dns" -> dns(root, src);
            case "tls" -> tls(root, src, dest);
            case "flow" -> flow(root, src, dest);
            case "fileinfo" -> fileinfo(root, src, dest);
            default ->
                new Mapped(
                        EventCategory.NETWORK,
                        EventSeverity.INFO,
                        "Suricata " + type + " event" + endpoints(src, dest),
                        List.of());
        };
        return new Event(
                EventIds.of(format(), record.text(), 0),
                eventTime,
                receivedTime,
                record.source(),
                format(),
                mapped.category(),
                mapped.severity(),
                mapped.summary(),
                mapped.techniques(),
                EveEntities.collect(root, src, dest),
                List.of(),
                record.text());
    }

    private static Mapped alert(JsonNode root) {
        JsonNode alert = EveFields.object(root, "alert", "alert");
        if (alert == null) {
            throw EveFields.bad("alert", "missing");
        }
        String signature = EveFields.string(alert, "signature", "alert.signature");
        Long sid = EveFields.integer(alert, "signature_id", "alert.signature_id");
        Long priority = EveFields.integer(alert, "severity", "alert.severity");
        if (priority != null && priority < 1) {
            throw EveFields.bad("alert.severity", "below 1");
        }
        String summary = signature != null ? signature : "Suricata alert" + (sid != null ? " sid " + sid : "");
        if ("blocked".equals(EveFields.string(alert, "action", "alert.action"))) {
            summary += " (blocked)";
        }
        return new Mapped(EventCategory.INTRUSION, alertSeverity(priority), summary, techniques(alert));
    }

    static EventSeverity alertSeverity(Long priority) {
        if (priority == null) {
            return EventSeverity.LOW;
        }
        return switch (priority.intValue()) {
            case 1 -> EventSeverity.HIGH;
            case 2 -> EventSeverity.MEDIUM;
            case 3 -> EventSeverity.LOW;
            default -> EventSeverity.INFO;
        };
    }

    /** ATT&amp;CK ids from rule metadata, e.g. {@code metadata: mitre_technique_id T1190} (ET rules). */
    private static List<String> techniques(JsonNode alert) {
        JsonNode metadata = EveFields.value(alert, "metadata");
        if (metadata == null || !metadata.isObject()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(2);
        for (Map.Entry<String, JsonNode> field : metadata.properties()) {
            if (field.getKey().startsWith("mitre_technique")) {
                EveFields.strings(field.getValue(), text -> {
                    String id = EveFields.techniqueId(text);
                    if (id != null && !ids.contains(id)) {
                        ids.add(id);
                    }
                });
            }
        }
        return ids;
    }

    private static Mapped anomaly(JsonNode root, String src, String dest) {
        JsonNode anomaly = EveFields.object(root, "anomaly", "anomaly");
        String event = EveFields.string(anomaly, "event", "anomaly.event");
        String kind = EveFields.string(anomaly, "type", "anomaly.type");
        String summary = "Anomaly " + (event != null ? event : "of unknown kind")
                + (kind != null ? " (" + kind + ")" : "") + endpoints(src, dest);
        return new Mapped(EventCategory.NETWORK, EventSeverity.LOW, summary, List.of());
    }

    private static Mapped http(JsonNode root, String src, String dest) {
        JsonNode http = EveFields.object(root, "http", "http");
        String method = EveFields.string(http, "http_method", "http.http_method");
        Long status = EveFields.integer(http, "status", "http.status");
        String target = http == null ? null : EveEntities.httpUrl(http);
        if (target == null) {
            target = EveFields.string(http, "url", "http.url");
        }
        StringBuilder summary = new StringBuilder("HTTP ").append(method != null ? method : "request");
        if (target != null) {
            summary.append(' ').append(target).append(src != null ? " from " + src : "");
        } else {
            summary.append(endpoints(src, dest));
        }
        if (status != null) {
            summary.append(" (").append(status).append(')');
        }
        return new Mapped(EventCategory.WEB, EventSeverity.INFO, summary.toString(), List.of());
    }

    private static Mapped dns(JsonNode root, String src) {
        JsonNode dns = EveFields.object(root, "dns", "dns");
        String name = dns == null ? null : EveEntities.firstQueryName(dns);
        String rrtype = dns == null ? null : EveEntities.firstQueryType(dns);
        String kind = EveFields.string(dns, "type", "dns.type");
        String subject = (name != null ? name : "an unnamed record") + (rrtype != null ? " (" + rrtype + ")" : "");
        String summary;
        if ("answer".equals(kind) || "response".equals(kind)) {
            String rcode = EveFields.string(dns, "rcode", "dns.rcode");
            summary = "DNS answer for " + subject + (rcode != null ? ": " + rcode : "");
        } else {
            summary = "DNS query for " + subject + (src != null ? " from " + src : "");
        }
        return new Mapped(EventCategory.DNS, EventSeverity.INFO, summary, List.of());
    }

    private static Mapped tls(JsonNode root, String src, String dest) {
        JsonNode tls = EveFields.object(root, "tls", "tls");
        String sni = EveFields.string(tls, "sni", "tls.sni");
        String version = EveFields.string(tls, "version", "tls.version");
        String to = sni != null ? sni : dest;
        String summary = "TLS session" + (to != null ? " to " + to : "") + (src != null ? " from " + src : "")
                + (version != null ? " (" + version + ")" : "");
        return new Mapped(EventCategory.TLS, EventSeverity.INFO, summary, List.of());
    }

    private static Mapped flow(JsonNode root, String src, String dest) {
        JsonNode flow = EveFields.object(root, "flow", "flow");
        String proto = EveFields.string(root, "proto", "proto");
        String app = EveFields.string(root, "app_proto", "app_proto");
        String state = EveFields.string(flow, "state", "flow.state");
        StringBuilder summary = new StringBuilder("Flow");
        if (proto != null) {
            summary.append(' ').append(proto);
        }
        if (src != null && dest != null) {
            summary.append(' ')
                    .append(endpoint(src, EveFields.integer(root, "src_port", "src_port")))
                    .append(" -> ")
                    .append(endpoint(dest, EveFields.integer(root, "dest_port", "dest_port")));
        }
        String detail = app != null && state != null ? app + ", " + state : app != null ? app : state;
        if (detail != null) {
            summary.append(" (").append(detail).append(')');
        }
        return new Mapped(EventCategory.NETWORK, EventSeverity.INFO, summary.toString(), List.of());
    }

    private static Mapped fileinfo(JsonNode root, String src, String dest) {
        JsonNode fileinfo = EveFields.object(root, "fileinfo", "fileinfo");
        String name = EveFields.string(fileinfo, "filename", "fileinfo.filename");
        String magic = EveFields.string(fileinfo, "magic", "fileinfo.magic");
        String summary = "File " + (name != null ? name : "without a name") + (magic != null ? " (" + magic + ")" : "")
                + endpoints(src, dest);
        return new Mapped(EventCategory.FILE, EventSeverity.INFO, summary, List.of());
    }

    private static String endpoints(String src, String dest) {
        if (src != null && dest != null) {
            return " from " + src + " to " + dest;
        }
        return src != null ? " from " + src : dest != null ? " to " + dest : "";
    }

    private static String endpoint(String ip, Long port) {
        if (port == null) {
            return ip;
        }
        return (ip.indexOf(':') >= 0 ? "[" + ip + "]" : ip) + ":" + port;
    }
}
