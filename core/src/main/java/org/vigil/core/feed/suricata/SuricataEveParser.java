package org.vigil.core.feed.suricata;

import static org.vigil.core.feed.NetworkRecords.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.core.feed.AttackTechniques;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.InvalidRecord;
import org.vigil.core.feed.JsonFields;
import org.vigil.core.feed.JsonObjectParser;
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
public final class SuricataEveParser extends JsonObjectParser {

    /**
     * EVE keys no event type's mapping reads: per-packet and capture details, which make up much of
     * a flow record (its TCP flags above all).
     */
    private static final Set<String> UNREAD_KEYS = Set.of(
            "tcp",
            "flow_id",
            "parent_id",
            "in_iface",
            "pkt_src",
            "tx_id",
            "community_id",
            "pcap_cnt",
            "pcap_filename",
            "capture_file",
            "vlan",
            "ether",
            "packet",
            "packet_info",
            "payload",
            "payload_printable",
            "stream",
            "direction");

    private final boolean direct;

    public SuricataEveParser() {
        this(true);
    }

    /** {@code direct} false: every record through the tree, as the reference the direct path is tested against. */
    SuricataEveParser(boolean direct) {
        this.direct = direct;
    }

    @Override
    public FeedFormat format() {
        return FeedFormat.SURICATA_EVE;
    }

    @Override
    protected ParseOutcome unexpected(RuntimeException e) {
        return new ParseOutcome.Rejected(
                "unreadable EVE record: " + e.getClass().getSimpleName());
    }

    @Override
    protected Set<String> unreadKeys() {
        return UNREAD_KEYS;
    }

    /** Most records, read without a tree ({@link EveRecordReader}); null for the rest, which the tree reads. */
    @Override
    protected ParseOutcome readDirectly(RawRecord record, Instant receivedTime) {
        if (!direct) {
            return null;
        }
        EveRecord values = EveRecordReader.read(record.text());
        if (values == null) {
            return null;
        }
        try {
            String type = EveRecord.text(values.eventType);
            String stamp = EveRecord.text(values.timestamp);
            Instant eventTime =
                    type == null || stamp == null ? null : EveTime.parse(stamp).orElse(null);
            if (eventTime == null) {
                return null;
            }
            String src = EveRecord.ip(values.srcIp);
            String dest = EveRecord.ip(values.destIp);
            Mapped mapped = EveRecordMapping.mapped(type, values, src, dest);
            return ParseOutcome.Parsed.of(
                    event(record, receivedTime, eventTime, mapped, EveRecordMapping.entities(values, src, dest)));
        } catch (RuntimeException e) {
            return null; // off the direct path (OffTheDirectPath) or anything unforeseen: the tree decides
        }
    }

    @Override
    protected ParseOutcome read(JsonNode root, RawRecord record, Instant receivedTime) {
        String type = JsonFields.requiredText(root, "event_type", "event_type");
        String stamp = JsonFields.requiredText(root, "timestamp", "timestamp");
        Instant eventTime = EveTime.parse(stamp).orElseThrow(() -> InvalidRecord.field("timestamp", "not a date"));
        String src = JsonFields.optionalIp(root, "src_ip", "src_ip");
        String dest = JsonFields.optionalIp(root, "dest_ip", "dest_ip");

        Mapped mapped = switch (type) {
            case "alert" -> alert(root);
            case "anomaly" -> anomaly(root, src, dest);
            case "http" -> http(root, src, dest);
            case "dns" -> dns(root, src);
            case "tls" -> tls(root, src, dest);
            case "flow" -> flow(root, src, dest);
            case "fileinfo" -> fileinfo(root, src, dest);
            default ->
                new Mapped(EventCategory.NETWORK, EventSeverity.INFO, EveSummaries.other(type, src, dest), List.of());
        };
        return ParseOutcome.Parsed.of(
                event(record, receivedTime, eventTime, mapped, EveEntities.collect(root, src, dest)));
    }

    private static Mapped alert(JsonNode root) {
        JsonNode alert = JsonFields.object(root, "alert", "alert");
        if (alert == null) {
            throw InvalidRecord.field("alert", "missing");
        }
        String signature = JsonFields.optionalText(alert, "signature", "alert.signature");
        Long sid = JsonFields.optionalLong(alert, "signature_id", "alert.signature_id");
        Long priority = JsonFields.optionalLong(alert, "severity", "alert.severity");
        if (priority != null && priority < 1) {
            throw InvalidRecord.field("alert.severity", "below 1");
        }
        String summary = EveSummaries.alert(
                signature, sid, "blocked".equals(JsonFields.optionalText(alert, "action", "alert.action")));
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
        JsonNode metadata = JsonFields.value(alert, "metadata");
        if (metadata == null || !metadata.isObject()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(2);
        for (Map.Entry<String, JsonNode> field : metadata.properties()) {
            if (field.getKey().startsWith("mitre_technique")) {
                JsonFields.eachString(field.getValue(), text -> {
                    String id = techniqueId(text);
                    if (id != null && !ids.contains(id)) {
                        ids.add(id);
                    }
                });
            }
        }
        return ids;
    }

    /** A technique id such as {@code T1190} or {@code t1071.004}, upper-cased, or null. */
    static String techniqueId(String text) {
        String id = text.strip();
        if (!id.isEmpty() && id.charAt(0) == 't') {
            id = "T" + id.substring(1);
        }
        return AttackTechniques.isTechniqueId(id) ? id : null;
    }

    private static Mapped anomaly(JsonNode root, String src, String dest) {
        JsonNode anomaly = JsonFields.object(root, "anomaly", "anomaly");
        String event = JsonFields.optionalText(anomaly, "event", "anomaly.event");
        String kind = JsonFields.optionalText(anomaly, "type", "anomaly.type");
        return new Mapped(
                EventCategory.NETWORK, EventSeverity.LOW, EveSummaries.anomaly(event, kind, src, dest), List.of());
    }

    private static Mapped http(JsonNode root, String src, String dest) {
        JsonNode http = JsonFields.object(root, "http", "http");
        String method = JsonFields.optionalText(http, "http_method", "http.http_method");
        Long status = JsonFields.optionalLong(http, "status", "http.status");
        String target = http == null ? null : EveEntities.httpUrl(http);
        if (target == null) {
            target = JsonFields.optionalText(http, "url", "http.url");
        }
        return new Mapped(
                EventCategory.WEB, EventSeverity.INFO, EveSummaries.http(method, status, target, src, dest), List.of());
    }

    private static Mapped dns(JsonNode root, String src) {
        JsonNode dns = JsonFields.object(root, "dns", "dns");
        String name = dns == null ? null : EveEntities.firstQueryName(dns);
        String rrtype = dns == null ? null : EveEntities.firstQueryType(dns);
        String kind = JsonFields.optionalText(dns, "type", "dns.type");
        String subject = EveSummaries.dnsSubject(name, rrtype);
        String summary = EveSummaries.isDnsAnswer(kind)
                ? EveSummaries.dnsAnswer(subject, JsonFields.optionalText(dns, "rcode", "dns.rcode"))
                : EveSummaries.dnsQuery(subject, src);
        return new Mapped(EventCategory.DNS, EventSeverity.INFO, summary, List.of());
    }

    private static Mapped tls(JsonNode root, String src, String dest) {
        JsonNode tls = JsonFields.object(root, "tls", "tls");
        String sni = JsonFields.optionalText(tls, "sni", "tls.sni");
        String version = JsonFields.optionalText(tls, "version", "tls.version");
        return new Mapped(EventCategory.TLS, EventSeverity.INFO, EveSummaries.tls(sni, version, src, dest), List.of());
    }

    private static Mapped flow(JsonNode root, String src, String dest) {
        JsonNode flow = JsonFields.object(root, "flow", "flow");
        String proto = JsonFields.optionalText(root, "proto", "proto");
        String app = JsonFields.optionalText(root, "app_proto", "app_proto");
        String state = JsonFields.optionalText(flow, "state", "flow.state");
        String endpoints = null;
        if (src != null && dest != null) {
            endpoints = endpoint(src, JsonFields.optionalLong(root, "src_port", "src_port")) + " -> "
                    + endpoint(dest, JsonFields.optionalLong(root, "dest_port", "dest_port"));
        }
        return new Mapped(
                EventCategory.NETWORK, EventSeverity.INFO, EveSummaries.flow(proto, endpoints, app, state), List.of());
    }

    private static Mapped fileinfo(JsonNode root, String src, String dest) {
        JsonNode fileinfo = JsonFields.object(root, "fileinfo", "fileinfo");
        String name = JsonFields.optionalText(fileinfo, "filename", "fileinfo.filename");
        String magic = JsonFields.optionalText(fileinfo, "magic", "fileinfo.magic");
        return new Mapped(
                EventCategory.FILE, EventSeverity.INFO, EveSummaries.fileinfo(name, magic, src, dest), List.of());
    }
}
