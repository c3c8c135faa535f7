package org.vigil.core.feed.wazuh;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;

/** How a Wazuh alert's level, groups and fields map to Vigil's scale, categories and entities. */
final class WazuhMapping {

    private WazuhMapping() {}

    /**
     * Rule levels (Wazuh's rules classification) to one scale: 0–3 are ignored, status and successful
     * events (INFO); 4–6 low-priority and user errors, low-relevance attacks (LOW); 7–9 "bad word"
     * matches, first-time-seen and unusual events (MEDIUM); 10–12 repeated errors, integrity
     * changes, high-importance events (HIGH); 13–16 unusual high-importance errors, security events
     * and severe attacks (CRITICAL).
     */
    static EventSeverity severity(int level) {
        if (level <= 3) {
            return EventSeverity.INFO;
        }
        if (level <= 6) {
            return EventSeverity.LOW;
        }
        if (level <= 9) {
            return EventSeverity.MEDIUM;
        }
        if (level <= 12) {
            return EventSeverity.HIGH;
        }
        return EventSeverity.CRITICAL;
    }

    /**
     * The category of the most telling group: malware before authentication before web before data
     * before file integrity before intrusion before policy before network before DNS; OTHER when no
     * group is known. So "web, accesslog, attack" is WEB, "syscheck, ransomware" is MALWARE and
     * "windows, authentication_success, attack" is AUTHENTICATION.
     */
    static EventCategory category(List<String> groups) {
        EventCategory best = EventCategory.OTHER;
        int bestRank = Integer.MAX_VALUE;
        for (String group : groups) {
            EventCategory category = categoryOf(group);
            if (category != EventCategory.OTHER && rank(category) < bestRank) {
                best = category;
                bestRank = rank(category);
            }
        }
        return best;
    }

    private static EventCategory categoryOf(String group) {
        return switch (group) {
            case "rootcheck", "malware", "virustotal", "yara", "ransomware", "trojan", "virus", "clamd" ->
                EventCategory.MALWARE;
            case "authentication_failed",
                    "authentication_failures",
                    "authentication_success",
                    "win_authentication_failed",
                    "invalid_login",
                    "login_denied",
                    "access_denied" -> EventCategory.AUTHENTICATION;
            case "web", "accesslog", "web_scan", "sql_injection", "xss", "apache", "nginx" -> EventCategory.WEB;
            case "data_exfiltration", "data_export", "data_access", "dlp" -> EventCategory.DATA;
            case "syscheck", "syscheck_file", "syscheck_registry" -> EventCategory.FILE;
            case "ids", "suricata", "snort", "attack", "exploit_attempt", "recon", "intrusion_attempt" ->
                EventCategory.INTRUSION;
            case "sca",
                    "policy_violation",
                    "policy_monitoring",
                    "policy_changed",
                    "oscap",
                    "ciscat",
                    "vulnerability-detector" -> EventCategory.POLICY;
            case "firewall", "firewall_drop", "iptables", "connection_attempt" -> EventCategory.NETWORK;
            case "dns", "sysmon_event_22" -> EventCategory.DNS;
            default ->
                group.startsWith("sysmon_eid") && group.endsWith("_detections")
                        ? EventCategory.INTRUSION
                        : EventCategory.OTHER;
        };
    }

    private static int rank(EventCategory category) {
        return switch (category) {
            case MALWARE -> 0;
            case AUTHENTICATION -> 1;
            case WEB -> 2;
            case DATA -> 3;
            case FILE -> 4;
            case INTRUSION -> 5;
            case POLICY -> 6;
            case NETWORK -> 7;
            case DNS -> 8;
            default -> 9;
        };
    }

    /** Agent, decoded addresses and users, Windows event data, URLs and file hashes; deduplicated. */
    static List<Entity> entities(JsonNode alert) {
        Set<Entity> entities = new LinkedHashSet<>();
        JsonNode agent = alert.path("agent");
        add(entities, EntityType.HOST, agent.path("name"));
        ip(entities, agent.path("ip"));
        add(entities, EntityType.HOST, alert.path("predecoder").path("hostname"));

        JsonNode data = alert.path("data");
        ip(entities, data.path("srcip"));
        ip(entities, data.path("dstip"));
        ip(entities, data.path("src_ip"));
        ip(entities, data.path("dest_ip"));
        user(entities, data.path("srcuser"));
        user(entities, data.path("dstuser"));
        user(entities, data.path("user"));
        add(entities, EntityType.URL, data.path("url"));

        JsonNode win = data.path("win");
        if (win.isObject()) {
            add(entities, EntityType.HOST, win.path("system").path("computer"));
            JsonNode eventData = win.path("eventdata");
            user(entities, eventData.path("targetUserName"));
            user(entities, eventData.path("subjectUserName"));
            ip(entities, eventData.path("ipAddress"));
            add(entities, EntityType.DOMAIN, eventData.path("queryName"));
            sysmonHashes(entities, eventData.path("hashes"));
        }

        JsonNode syscheck = alert.path("syscheck");
        add(entities, EntityType.FILE_HASH, syscheck.path("md5_after"));
        add(entities, EntityType.FILE_HASH, syscheck.path("sha1_after"));
        add(entities, EntityType.FILE_HASH, syscheck.path("sha256_after"));

        JsonNode virusTotal = data.path("virustotal").path("source");
        add(entities, EntityType.FILE_HASH, virusTotal.path("md5"));
        add(entities, EntityType.FILE_HASH, virusTotal.path("sha1"));
        return List.copyOf(entities);
    }

    private static void add(Set<Entity> entities, EntityType type, JsonNode node) {
        String value = scalar(node);
        if (value != null) {
            entities.add(new Entity(type, value));
        }
    }

    /** Windows writes "-" for an absent address; only text that looks like an IPv4 or IPv6 address is kept. */
    private static void ip(Set<Entity> entities, JsonNode node) {
        String value = scalar(node);
        if (value != null && looksLikeIp(value)) {
            entities.add(new Entity(EntityType.IP, value));
        }
    }

    /** Windows writes "-" for no user and "NAME$" for computer accounts; neither is a person's account. */
    private static void user(Set<Entity> entities, JsonNode node) {
        String value = scalar(node);
        if (value != null && !value.equals("-") && !value.endsWith("$")) {
            entities.add(new Entity(EntityType.USER, value));
        }
    }

    /** Sysmon's "SHA1=…,MD5=…,SHA256=…,IMPHASH=…"; the import hash names no file, so it is left out. */
    private static void sysmonHashes(Set<Entity> entities, JsonNode node) {
        String value = scalar(node);
        if (value == null) {
            return;
        }
        int start = 0;
        while (start < value.length()) {
            int comma = value.indexOf(',', start);
            int end = comma < 0 ? value.length() : comma;
            int equals = value.indexOf('=', start);
            if (equals > start && equals < end) {
                String algorithm = value.substring(start, equals).strip();
                String hash = value.substring(equals + 1, end).strip();
                if (!hash.isEmpty() && !algorithm.equalsIgnoreCase("IMPHASH")) {
                    entities.add(new Entity(EntityType.FILE_HASH, hash));
                }
            }
            start = end + 1;
        }
    }

    private static String scalar(JsonNode node) {
        if (!node.isTextual() && !node.isNumber()) {
            return null;
        }
        String value = node.asText().strip();
        return value.isEmpty() ? null : value;
    }

    /** IPv4 is digits and three dots; IPv6 is hex digits and colons (dots for an embedded IPv4). */
    static boolean looksLikeIp(String value) {
        if (value.length() < 2 || value.length() > 45) {
            return false;
        }
        boolean v6 = value.indexOf(':') >= 0;
        int dots = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '.') {
                dots++;
            } else if (!(c >= '0' && c <= '9' || v6 && (c == ':' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return v6 || dots == 3;
    }
}
