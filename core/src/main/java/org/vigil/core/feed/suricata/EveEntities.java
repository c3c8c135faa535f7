package org.vigil.core.feed.suricata;

import static org.vigil.core.feed.NetworkRecords.add;
import static org.vigil.core.feed.NetworkRecords.addEmail;
import static org.vigil.core.feed.NetworkRecords.addHost;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.JsonFields;

/**
 * The entities an EVE record names, whatever its event type: an alert carries the same {@code http},
 * {@code dns}, {@code tls}, {@code fileinfo} objects as the protocol records, so all are read.
 */
final class EveEntities {

    private EveEntities() {}

    static List<Entity> collect(JsonNode root, String srcIp, String destIp) {
        Set<Entity> entities = new LinkedHashSet<>();
        add(entities, EntityType.IP, srcIp);
        add(entities, EntityType.IP, destIp);

        JsonNode http = JsonFields.object(root, "http", "http");
        if (http != null) {
            addHost(entities, JsonFields.optionalText(http, "hostname", "http.hostname"));
            add(entities, EntityType.URL, httpUrl(http));
        }
        JsonNode dns = JsonFields.object(root, "dns", "dns");
        if (dns != null) {
            dns(entities, dns);
            JsonNode answer = JsonFields.value(dns, "answer");
            if (answer != null && answer.isObject()) {
                dns(entities, answer);
            }
        }
        JsonNode tls = JsonFields.object(root, "tls", "tls");
        if (tls != null) {
            addHost(entities, JsonFields.optionalText(tls, "sni", "tls.sni"));
        }
        JsonNode fileinfo = JsonFields.object(root, "fileinfo", "fileinfo");
        if (fileinfo != null) {
            hashes(entities, fileinfo, "fileinfo.");
        }
        JsonNode files = JsonFields.value(root, "files");
        if (files != null && files.isArray()) {
            for (JsonNode file : files) {
                if (file.isObject()) {
                    hashes(entities, file, "files[].");
                }
            }
        }
        emails(entities, JsonFields.value(root, "email"), "from", "to", "cc");
        emails(entities, JsonFields.value(root, "smtp"), "mail_from", "rcpt_to", null);
        return List.copyOf(entities);
    }

    /**
     * The full URL of an HTTP transaction: {@code http.url} as is when absolute (proxy requests),
     * else {@code http://hostname[:port]} + {@code http.url}; null without a host or a path.
     */
    static String httpUrl(JsonNode http) {
        String url = JsonFields.optionalText(http, "url", "http.url");
        if (url == null) {
            return null;
        }
        if (url.startsWith("http://") || url.startsWith("https://")) {
            return url;
        }
        String host = JsonFields.optionalText(http, "hostname", "http.hostname");
        if (host == null || url.charAt(0) != '/') {
            return null;
        }
        return EveSummaries.fullUrl(host, JsonFields.optionalLong(http, "http_port", "http.http_port"), url);
    }

    /** Query names of every DNS logging version: v1/v2 {@code rrname}, alert {@code query[]}, v3 {@code queries[]}. */
    static String firstQueryName(JsonNode dns) {
        String name = JsonFields.optionalText(dns, "rrname", "dns.rrname");
        if (name != null) {
            return name;
        }
        for (String list : new String[] {"queries", "query"}) {
            JsonNode queries = JsonFields.value(dns, list);
            if (queries != null && queries.isArray() && !queries.isEmpty()) {
                return JsonFields.optionalText(queries.get(0), "rrname", "dns." + list + "[].rrname");
            }
        }
        return null;
    }

    static String firstQueryType(JsonNode dns) {
        String type = JsonFields.optionalText(dns, "rrtype", "dns.rrtype");
        if (type != null) {
            return type;
        }
        for (String list : new String[] {"queries", "query"}) {
            JsonNode queries = JsonFields.value(dns, list);
            if (queries != null && queries.isArray() && !queries.isEmpty()) {
                return JsonFields.optionalText(queries.get(0), "rrtype", "dns." + list + "[].rrtype");
            }
        }
        return null;
    }

    private static void dns(Set<Entity> entities, JsonNode dns) {
        add(entities, EntityType.DOMAIN, JsonFields.optionalText(dns, "rrname", "dns.rrname"));
        for (String list : new String[] {"queries", "query", "answers"}) {
            JsonNode records = JsonFields.value(dns, list);
            if (records != null && records.isArray()) {
                for (JsonNode rr : records) {
                    if (rr.isObject()) {
                        resourceRecord(entities, rr);
                    }
                }
            }
        }
        JsonNode grouped = JsonFields.value(dns, "grouped");
        if (grouped != null && grouped.isObject()) {
            JsonFields.eachString(grouped.get("A"), ip -> addIp(entities, ip));
            JsonFields.eachString(grouped.get("AAAA"), ip -> addIp(entities, ip));
            JsonFields.eachString(grouped.get("CNAME"), name -> add(entities, EntityType.DOMAIN, name));
        }
    }

    /** A query or answer: its name, and its data when that is an address or an alias. */
    private static void resourceRecord(Set<Entity> entities, JsonNode rr) {
        JsonNode name = rr.get("rrname");
        if (name != null && name.isTextual()) {
            add(entities, EntityType.DOMAIN, name.textValue());
        }
        JsonNode type = rr.get("rrtype");
        JsonNode data = rr.get("rdata");
        if (type == null || !type.isTextual() || data == null || !data.isTextual()) {
            return;
        }
        switch (type.textValue()) {
            case "A", "AAAA" -> addIp(entities, data.textValue());
            case "CNAME" -> add(entities, EntityType.DOMAIN, data.textValue());
            default -> {}
        }
    }

    private static void hashes(Set<Entity> entities, JsonNode file, String prefix) {
        add(entities, EntityType.FILE_HASH, JsonFields.optionalText(file, "sha256", prefix + "sha256"));
        add(entities, EntityType.FILE_HASH, JsonFields.optionalText(file, "sha1", prefix + "sha1"));
        add(entities, EntityType.FILE_HASH, JsonFields.optionalText(file, "md5", prefix + "md5"));
    }

    private static void emails(Set<Entity> entities, JsonNode mail, String from, String to, String cc) {
        if (mail == null || !mail.isObject()) {
            return;
        }
        JsonFields.eachString(mail.get(from), a -> addEmail(entities, a));
        JsonFields.eachString(mail.get(to), a -> addEmail(entities, a));
        if (cc != null) {
            JsonFields.eachString(mail.get(cc), a -> addEmail(entities, a));
        }
    }

    private static void addIp(Set<Entity> entities, String text) {
        if (JsonFields.isIpLiteral(text)) {
            add(entities, EntityType.IP, text);
        }
    }
}
