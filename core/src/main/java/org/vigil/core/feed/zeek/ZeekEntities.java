package org.vigil.core.feed.zeek;

import static org.vigil.core.feed.NetworkRecords.add;
import static org.vigil.core.feed.NetworkRecords.addEmail;
import static org.vigil.core.feed.NetworkRecords.addHost;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigil.core.feed.AttackTechniques;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.JsonFields;

/** The entities a Zeek record names, by log, and the ATT&amp;CK ids a notice mentions. */
final class ZeekEntities {

    private ZeekEntities() {}

    static List<Entity> collect(JsonNode root, ZeekLog log, String orig, String resp) {
        Set<Entity> entities = new LinkedHashSet<>();
        add(entities, EntityType.IP, orig);
        add(entities, EntityType.IP, resp);
        switch (log) {
            case DNS -> {
                add(entities, EntityType.DOMAIN, ZeekFields.string(root, "query"));
                JsonFields.eachString(ZeekFields.value(root, "answers"), answer -> answer(entities, answer));
            }
            case HTTP -> {
                addHost(entities, hostWithoutPort(ZeekFields.string(root, "host")));
                add(entities, EntityType.URL, url(root));
            }
            case SSL -> addHost(entities, ZeekFields.string(root, "server_name"));
            case NOTICE -> {
                add(entities, EntityType.IP, ZeekFields.ip(root, "src"));
                add(entities, EntityType.IP, ZeekFields.ip(root, "dst"));
            }
            default -> {}
        }
        extras(entities, root);
        return List.copyOf(entities);
    }

    /** What several logs carry alike: users (http, ftp…), file hashes (files), mail addresses (smtp). */
    private static void extras(Set<Entity> entities, JsonNode root) {
        add(entities, EntityType.USER, ZeekFields.lenientString(root, "username"));
        add(entities, EntityType.USER, ZeekFields.lenientString(root, "user"));
        add(entities, EntityType.FILE_HASH, ZeekFields.lenientString(root, "sha256"));
        add(entities, EntityType.FILE_HASH, ZeekFields.lenientString(root, "sha1"));
        add(entities, EntityType.FILE_HASH, ZeekFields.lenientString(root, "md5"));
        JsonFields.eachString(ZeekFields.value(root, "mailfrom"), a -> addEmail(entities, a));
        JsonFields.eachString(ZeekFields.value(root, "rcptto"), a -> addEmail(entities, a));
    }

    /**
     * The URL of an HTTP request: {@code uri} as is when absolute (proxies), else {@code http://host}
     * + {@code uri}; null without a host or for CONNECT targets ({@code host:port}).
     */
    static String url(JsonNode root) {
        String uri = ZeekFields.string(root, "uri");
        if (uri == null) {
            return null;
        }
        if (uri.startsWith("http://") || uri.startsWith("https://")) {
            return uri;
        }
        String host = ZeekFields.string(root, "host");
        return host != null && uri.charAt(0) == '/' ? "http://" + host + uri : null;
    }

    /** A DNS answer: an address, or a name (CNAME, PTR…); TXT and other data with spaces are skipped. */
    private static void answer(Set<Entity> entities, String answer) {
        if (JsonFields.isIpLiteral(answer)) {
            add(entities, EntityType.IP, answer);
        } else if (answer.indexOf(' ') < 0 && answer.indexOf('.') > 0) {
            add(entities, EntityType.DOMAIN, answer);
        }
    }

    private static String hostWithoutPort(String host) {
        if (host == null) {
            return null;
        }
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return close > 0 ? host.substring(0, close + 1) : host;
        }
        int colon = host.indexOf(':');
        return colon > 0 && host.indexOf(':', colon + 1) < 0 ? host.substring(0, colon) : host;
    }

    /** The ATT&amp;CK technique ids the texts mention (see {@link AttackTechniques#scan}). */
    static List<String> techniques(String... texts) {
        List<String> ids = new ArrayList<>(1);
        for (String text : texts) {
            AttackTechniques.scan(text, ids);
        }
        return ids;
    }
}
