package org.vigil.core.feed.cef;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.core.feed.AttackTechniques;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.InvalidRecord;

/** Severity, ATT&CK techniques, entities and summary of a CEF record. */
final class CefMapping {

    /** Longest summary title; CEF allows 512 characters of name, a summary line needs fewer. */
    static final int MAX_TITLE = 200;

    /** cs1–cs6 with their full names and their labels' keys. */
    private static final List<CustomString> CUSTOM_STRINGS = customStrings();

    private record CustomString(String key, String fullName, String label, String fullLabel) {}

    private CefMapping() {}

    private static List<CustomString> customStrings() {
        List<CustomString> keys = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            String key = "cs" + n;
            String fullName = "deviceCustomString" + n;
            keys.add(new CustomString(key, fullName, key + "Label", fullName + "Label"));
        }
        return List.copyOf(keys);
    }

    /**
     * The header severity: 0–3 LOW, 4–6 MEDIUM, 7–8 HIGH, 9–10 CRITICAL, or the specification's
     * words Low, Medium, High, Very-High (CRITICAL) and Unknown (INFO), in any case.
     */
    static EventSeverity severity(String field) {
        String value = field.strip();
        int level = value.isEmpty() || value.length() > 2 ? -1 : Digits.read(value, 0, value.length());
        if (level >= 0) {
            if (level <= 3) {
                return EventSeverity.LOW;
            } else if (level <= 6) {
                return EventSeverity.MEDIUM;
            } else if (level <= 8) {
                return EventSeverity.HIGH;
            } else if (level <= 10) {
                return EventSeverity.CRITICAL;
            }
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "unknown" -> EventSeverity.INFO;
            case "low" -> EventSeverity.LOW;
            case "medium" -> EventSeverity.MEDIUM;
            case "high" -> EventSeverity.HIGH;
            case "very-high" -> EventSeverity.CRITICAL;
            default ->
                throw new InvalidRecord("CEF header field Severity: " + Excerpt.of(value)
                        + " is neither 0-10 nor Unknown, Low, Medium, High, Very-High");
        };
    }

    /**
     * ATT&CK technique ids ({@code T1234}, {@code T1234.001}) in the custom strings cs1–cs6 whose
     * label mentions MITRE, ATT&CK or technique, then in cat; in order, without repeats.
     */
    static List<String> techniques(CefFields fields) {
        Set<String> ids = new LinkedHashSet<>();
        for (CustomString custom : CUSTOM_STRINGS) {
            String label = fields.get(custom.label(), custom.fullLabel());
            if (label != null && namesAttack(label)) {
                AttackTechniques.scan(fields.get(custom.key(), custom.fullName()), ids);
            }
        }
        AttackTechniques.scan(fields.get("cat", "deviceEventCategory"), ids);
        return List.copyOf(ids);
    }

    private static boolean namesAttack(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        return lower.contains("mitre") || lower.contains("att&ck") || lower.contains("technique");
    }

    /**
     * Source and destination addresses, source and destination hosts, users (e-mail addresses as
     * EMAIL, several separated by ";" when all are e-mail addresses), the request URL, the file
     * hash, the device's address and host, the syslog host, the device id and DNS domains; host
     * fields that hold an IP address become IP entities. Unique, in that order.
     */
    static List<Entity> entities(CefFields fields, String syslogHost) {
        Set<Entity> entities = new LinkedHashSet<>();
        address(entities, fields, "src", "sourceAddress");
        address(entities, fields, "dst", "destinationAddress");
        host(entities, fields.name("shost", "sourceHostName"));
        host(entities, fields.name("dhost", "destinationHostName"));
        user(entities, fields.name("suser", "sourceUserName"));
        user(entities, fields.name("duser", "destinationUserName"));
        add(entities, EntityType.URL, fields.name("request", "requestUrl"));
        add(entities, EntityType.FILE_HASH, fields.name("fileHash", "fileHash"));
        address(entities, fields, "dvc", "deviceAddress");
        host(entities, fields.name("dvchost", "deviceHostName"));
        host(entities, syslogHost == null || syslogHost.equals("-") ? null : syslogHost);
        add(entities, EntityType.DEVICE_ID, fields.name("deviceExternalId", "deviceExternalId"));
        add(entities, EntityType.DOMAIN, fields.name("sourceDnsDomain", "sourceDnsDomain"));
        add(entities, EntityType.DOMAIN, fields.name("destinationDnsDomain", "destinationDnsDomain"));
        return new ArrayList<>(entities);
    }

    private static void address(Set<Entity> entities, CefFields fields, String key, String fullName) {
        String value = fields.name(key, fullName);
        if (value == null) {
            return;
        }
        if (!IpLiterals.isIp(value)) {
            throw new InvalidRecord("extension " + key + ": " + Excerpt.of(value) + " is not an IP address");
        }
        entities.add(new Entity(EntityType.IP, value));
    }

    private static void host(Set<Entity> entities, String value) {
        if (value != null) {
            entities.add(new Entity(IpLiterals.isIp(value) ? EntityType.IP : EntityType.HOST, value));
        }
    }

    private static void user(Set<Entity> entities, String value) {
        if (value == null) {
            return;
        }
        if (value.indexOf(';') >= 0) {
            List<String> parts = new ArrayList<>();
            for (String part : value.split(";")) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
            if (!parts.isEmpty() && parts.stream().allMatch(CefMapping::isEmail)) {
                parts.forEach(part -> entities.add(new Entity(EntityType.EMAIL, part)));
                return;
            }
        }
        entities.add(new Entity(isEmail(value) ? EntityType.EMAIL : EntityType.USER, value));
    }

    private static void add(Set<Entity> entities, EntityType type, String value) {
        if (value != null) {
            entities.add(new Entity(type, value));
        }
    }

    /** One {@code @} between a local part and a dotted domain, no spaces. */
    static boolean isEmail(String value) {
        int at = value.indexOf('@');
        return at > 0
                && at == value.lastIndexOf('@')
                && value.indexOf('.', at + 2) > 0
                && !value.endsWith(".")
                && value.indexOf(' ') < 0;
    }

    /**
     * The header name (else the signature id, else vendor and product) on one line, with the
     * endpoints: "name (src -> dst)", "name (from src)" or "name (to dst)", each side the address if
     * given, else the host name.
     */
    static String summary(CefHeader header, CefFields fields) {
        String title = oneLine(header.name());
        if (title.isEmpty()) {
            title = oneLine(header.signatureId());
        }
        if (title.isEmpty()) {
            title = oneLine(header.vendor() + " " + header.product() + " event");
        }
        String from = first(fields.name("src", "sourceAddress"), fields.name("shost", "sourceHostName"));
        String to = first(fields.name("dst", "destinationAddress"), fields.name("dhost", "destinationHostName"));
        if (from != null && to != null) {
            return title + " (" + from + " -> " + to + ")";
        } else if (from != null) {
            return title + " (from " + from + ")";
        } else if (to != null) {
            return title + " (to " + to + ")";
        }
        return title;
    }

    private static String first(String preferred, String otherwise) {
        return preferred != null ? preferred : otherwise;
    }

    private static String oneLine(String text) {
        StringBuilder line = new StringBuilder(Math.min(text.length(), MAX_TITLE + 1));
        for (int i = 0; i < text.length() && line.length() <= MAX_TITLE; i++) {
            char c = text.charAt(i);
            line.append(Character.isISOControl(c) ? ' ' : c);
        }
        String stripped = line.toString().strip();
        return stripped.length() > MAX_TITLE ? stripped.substring(0, MAX_TITLE - 1) + "…" : stripped;
    }
}
