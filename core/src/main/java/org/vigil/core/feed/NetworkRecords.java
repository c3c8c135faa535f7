package org.vigil.core.feed;

import java.util.Set;

/**
 * What the parsers of network monitors (Suricata, Zeek) share: entities from addresses, host names
 * and mail addresses, and the endpoint text of their summaries.
 */
public final class NetworkRecords {

    private NetworkRecords() {}

    /** Adds the entity unless the value is null or blank. */
    public static void add(Set<Entity> entities, EntityType type, String value) {
        if (value != null && !value.isBlank()) {
            entities.add(new Entity(type, value));
        }
    }

    /** A host name: an IP literal is an IP, a dotted name a DOMAIN, a single label a HOST. */
    public static void addHost(Set<Entity> entities, String name) {
        if (name == null) {
            return;
        }
        String host = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (host.length() > 2 && host.charAt(0) == '[' && host.charAt(host.length() - 1) == ']') {
            host = host.substring(1, host.length() - 1);
        }
        if (JsonFields.isIpLiteral(host)) {
            add(entities, EntityType.IP, host);
        } else {
            add(entities, host.indexOf('.') > 0 ? EntityType.DOMAIN : EntityType.HOST, host);
        }
    }

    /** {@code alice@example.com}, {@code <alice@example.com>} or {@code "Alice" <alice@example.com>}. */
    public static void addEmail(Set<Entity> entities, String text) {
        int open = text.lastIndexOf('<');
        int close = text.lastIndexOf('>');
        String address = (open >= 0 && close > open ? text.substring(open + 1, close) : text).strip();
        if (address.indexOf('@') > 0) {
            add(entities, EntityType.EMAIL, address);
        }
    }

    /** " from SRC to DEST", " from SRC" or " to DEST" for the addresses known, else "". */
    public static String endpoints(String src, String dest) {
        if (src != null && dest != null) {
            return " from " + src + " to " + dest;
        }
        return src != null ? " from " + src : dest != null ? " to " + dest : "";
    }

    /** {@code 10.0.0.1:443} or {@code [2001:db8::1]:443}; the address alone without a port. */
    public static String endpoint(String ip, Long port) {
        if (port == null) {
            return ip;
        }
        return (ip.indexOf(':') >= 0 ? "[" + ip + "]" : ip) + ":" + port;
    }
}
