package org.vigil.core.feed.suricata;

import static org.vigil.core.feed.NetworkRecords.endpoints;

/**
 * The summary lines of EVE records from the values already read, shared by the tree mapping and the
 * direct one ({@link EveRecordMapping}) so that both write the same text.
 */
final class EveSummaries {

    private EveSummaries() {}

    static String alert(String signature, Long sid, boolean blocked) {
        String summary = signature != null ? signature : "Suricata alert" + (sid != null ? " sid " + sid : "");
        return blocked ? summary + " (blocked)" : summary;
    }

    static String anomaly(String event, String kind, String src, String dest) {
        return "Anomaly " + (event != null ? event : "of unknown kind") + (kind != null ? " (" + kind + ")" : "")
                + endpoints(src, dest);
    }

    static String http(String method, Long status, String target, String src, String dest) {
        StringBuilder summary = new StringBuilder("HTTP ").append(method != null ? method : "request");
        if (target != null) {
            summary.append(' ').append(target).append(src != null ? " from " + src : "");
        } else {
            summary.append(endpoints(src, dest));
        }
        if (status != null) {
            summary.append(" (").append(status).append(')');
        }
        return summary.toString();
    }

    /** {@code http://host[:port]url} for a relative {@code url}; port 80 is left out. */
    static String fullUrl(String host, Long port, String url) {
        StringBuilder full = new StringBuilder(7 + host.length() + url.length() + 6).append("http://");
        full.append(host);
        if (port != null && port != 80) {
            full.append(':').append(port);
        }
        return full.append(url).toString();
    }

    static String dnsSubject(String name, String rrtype) {
        return (name != null ? name : "an unnamed record") + (rrtype != null ? " (" + rrtype + ")" : "");
    }

    static boolean isDnsAnswer(String kind) {
        return "answer".equals(kind) || "response".equals(kind);
    }

    static String dnsAnswer(String subject, String rcode) {
        return "DNS answer for " + subject + (rcode != null ? ": " + rcode : "");
    }

    static String dnsQuery(String subject, String src) {
        return "DNS query for " + subject + (src != null ? " from " + src : "");
    }

    static String tls(String sni, String version, String src, String dest) {
        String to = sni != null ? sni : dest;
        return "TLS session" + (to != null ? " to " + to : "") + (src != null ? " from " + src : "")
                + (version != null ? " (" + version + ")" : "");
    }

    /** {@code endpoints}: "SRC -> DEST" with ports, or null without both addresses. */
    static String flow(String proto, String endpoints, String app, String state) {
        StringBuilder summary = new StringBuilder("Flow");
        if (proto != null) {
            summary.append(' ').append(proto);
        }
        if (endpoints != null) {
            summary.append(' ').append(endpoints);
        }
        String detail = app != null && state != null ? app + ", " + state : app != null ? app : state;
        if (detail != null) {
            summary.append(" (").append(detail).append(')');
        }
        return summary.toString();
    }

    static String fileinfo(String name, String magic, String src, String dest) {
        return "File " + (name != null ? name : "without a name") + (magic != null ? " (" + magic + ")" : "")
                + endpoints(src, dest);
    }

    static String other(String type, String src, String dest) {
        return "Suricata " + type + " event" + endpoints(src, dest);
    }
}
