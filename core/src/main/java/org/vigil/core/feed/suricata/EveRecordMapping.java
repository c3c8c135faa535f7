package org.vigil.core.feed.suricata;

import static org.vigil.core.feed.NetworkRecords.add;
import static org.vigil.core.feed.NetworkRecords.addHost;
import static org.vigil.core.feed.NetworkRecords.endpoint;
import static org.vigil.core.feed.suricata.EveRecord.number;
import static org.vigil.core.feed.suricata.EveRecord.text;
import static org.vigil.core.feed.suricata.EveRecord.textual;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.JsonFields;
import org.vigil.core.feed.JsonObjectParser.Mapped;
import org.vigil.core.feed.suricata.EveRecord.ResourceRecord;

/**
 * The mapping of {@link SuricataEveParser} and {@link EveEntities} over the values of an {@link
 * EveRecord} instead of a tree: the same reads in the same cases, the same texts. Where the tree
 * mapping would reject the record this throws {@link OffTheDirectPath}, and the tree says why.
 */
final class EveRecordMapping {

    private EveRecordMapping() {}

    static Mapped mapped(String type, EveRecord r, String src, String dest) {
        return switch (type) {
            case "alert" -> alert(r);
            case "anomaly" ->
                new Mapped(
                        EventCategory.NETWORK,
                        EventSeverity.LOW,
                        EveSummaries.anomaly(text(r.anomalyEvent), text(r.anomalyType), src, dest),
                        List.of());
            case "http" -> http(r, src, dest);
            case "dns" -> dns(r, src);
            case "tls" ->
                new Mapped(
                        EventCategory.TLS,
                        EventSeverity.INFO,
                        EveSummaries.tls(text(r.sni), text(r.tlsVersion), src, dest),
                        List.of());
            case "flow" -> flow(r, src, dest);
            case "fileinfo" ->
                new Mapped(
                        EventCategory.FILE,
                        EventSeverity.INFO,
                        EveSummaries.fileinfo(text(r.filename), text(r.magic), src, dest),
                        List.of());
            default ->
                new Mapped(EventCategory.NETWORK, EventSeverity.INFO, EveSummaries.other(type, src, dest), List.of());
        };
    }

    private static Mapped alert(EveRecord r) {
        if (!r.alert) {
            throw new OffTheDirectPath();
        }
        String signature = text(r.signature);
        Long sid = number(r.signatureId);
        Long priority = number(r.severity);
        if (priority != null && priority < 1) {
            throw new OffTheDirectPath();
        }
        String summary = EveSummaries.alert(signature, sid, "blocked".equals(text(r.action)));
        List<String> ids = new ArrayList<>(2);
        for (String text : r.techniqueTexts) {
            String id = SuricataEveParser.techniqueId(text);
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return new Mapped(EventCategory.INTRUSION, SuricataEveParser.alertSeverity(priority), summary, ids);
    }

    private static Mapped http(EveRecord r, String src, String dest) {
        String method = text(r.httpMethod);
        Long status = number(r.status);
        String target = httpUrl(r);
        if (target == null) {
            target = text(r.url);
        }
        return new Mapped(
                EventCategory.WEB, EventSeverity.INFO, EveSummaries.http(method, status, target, src, dest), List.of());
    }

    private static Mapped dns(EveRecord r, String src) {
        String subject = EveSummaries.dnsSubject(firstQuery(r.rrname, r, true), firstQuery(r.rrtype, r, false));
        String summary = EveSummaries.isDnsAnswer(text(r.dnsType))
                ? EveSummaries.dnsAnswer(subject, text(r.rcode))
                : EveSummaries.dnsQuery(subject, src);
        return new Mapped(EventCategory.DNS, EventSeverity.INFO, summary, List.of());
    }

    /** As {@code EveEntities.firstQueryName} and {@code firstQueryType}: the record's own value, else the first query's. */
    private static String firstQuery(Object own, EveRecord r, boolean name) {
        String value = text(own);
        if (value != null) {
            return value;
        }
        for (List<ResourceRecord> queries : List.of(orEmpty(r.queries), orEmpty(r.query))) {
            if (!queries.isEmpty()) {
                ResourceRecord first = queries.get(0);
                return text(name ? first.rrname() : first.rrtype());
            }
        }
        return null;
    }

    private static Mapped flow(EveRecord r, String src, String dest) {
        String proto = text(r.proto);
        String app = text(r.appProto);
        String state = text(r.flowState);
        String endpoints = null;
        if (src != null && dest != null) {
            endpoints = endpoint(src, number(r.srcPort)) + " -> " + endpoint(dest, number(r.destPort));
        }
        return new Mapped(
                EventCategory.NETWORK, EventSeverity.INFO, EveSummaries.flow(proto, endpoints, app, state), List.of());
    }

    /** As {@code EveEntities.httpUrl}. */
    private static String httpUrl(EveRecord r) {
        String url = text(r.url);
        if (url == null) {
            return null;
        }
        if (url.startsWith("http://") || url.startsWith("https://")) {
            return url;
        }
        String host = text(r.hostname);
        if (host == null || url.charAt(0) != '/') {
            return null;
        }
        return EveSummaries.fullUrl(host, number(r.httpPort), url);
    }

    /** As {@code EveEntities.collect}, for the records read directly (no {@code files} or mail). */
    static List<Entity> entities(EveRecord r, String src, String dest) {
        Set<Entity> entities = new LinkedHashSet<>();
        add(entities, EntityType.IP, src);
        add(entities, EntityType.IP, dest);
        if (r.http) {
            addHost(entities, text(r.hostname));
            add(entities, EntityType.URL, httpUrl(r));
        }
        if (r.dns) {
            add(entities, EntityType.DOMAIN, text(r.rrname));
            resourceRecords(entities, r.queries);
            resourceRecords(entities, r.query);
            resourceRecords(entities, r.answers);
            if (r.groupedA != null) {
                r.groupedA.forEach(ip -> addIp(entities, ip));
                r.groupedAaaa.forEach(ip -> addIp(entities, ip));
                r.groupedCname.forEach(name -> add(entities, EntityType.DOMAIN, name));
            }
        }
        if (r.tls) {
            addHost(entities, text(r.sni));
        }
        if (r.fileinfo) {
            add(entities, EntityType.FILE_HASH, text(r.sha256));
            add(entities, EntityType.FILE_HASH, text(r.sha1));
            add(entities, EntityType.FILE_HASH, text(r.md5));
        }
        return List.copyOf(entities);
    }

    private static void resourceRecords(Set<Entity> entities, List<ResourceRecord> records) {
        if (records == null) {
            return;
        }
        for (ResourceRecord rr : records) {
            String name = textual(rr.rrname());
            if (name != null) {
                add(entities, EntityType.DOMAIN, name);
            }
            String type = textual(rr.rrtype());
            String data = textual(rr.rdata());
            if (type == null || data == null) {
                continue;
            }
            switch (type) {
                case "A", "AAAA" -> addIp(entities, data);
                case "CNAME" -> add(entities, EntityType.DOMAIN, data);
                default -> {}
            }
        }
    }

    private static void addIp(Set<Entity> entities, String text) {
        if (JsonFields.isIpLiteral(text)) {
            add(entities, EntityType.IP, text);
        }
    }

    private static List<ResourceRecord> orEmpty(List<ResourceRecord> records) {
        return records == null ? List.of() : records;
    }
}
