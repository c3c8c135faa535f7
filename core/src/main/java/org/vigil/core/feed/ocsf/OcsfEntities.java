package org.vigil.core.feed.ocsf;

import static org.vigil.core.feed.JsonFields.array;
import static org.vigil.core.feed.JsonFields.object;
import static org.vigil.core.feed.JsonFields.optionalText;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigil.core.feed.AttackTechniques;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.InvalidRecord;
import org.vigil.core.feed.JsonFields;

/** The entities and ATT&CK techniques an OCSF event names. */
final class OcsfEntities {

    private OcsfEntities() {}

    /**
     * Source and destination endpoints (ip, hostname, domain; a destination {@code svc_name} that is a
     * URL or a DNS name), the device (hostname, ip, uid), the actor's and the target user (name, or
     * uid when the user has no name and is not the actor; email address), the email's sender and
     * recipients, the DNS query, the HTTP request URL and the file's hashes. Duplicates are dropped.
     */
    static List<Entity> of(JsonNode event) {
        Set<Entity> entities = new LinkedHashSet<>();
        endpoint(event, "src_endpoint", entities);
        JsonNode dst = endpoint(event, "dst_endpoint", entities);
        String service = optionalText(dst, "svc_name", "dst_endpoint.svc_name");
        if (service != null) {
            if (service.contains("://")) {
                entities.add(new Entity(EntityType.URL, service));
            } else if (looksLikeDnsName(service)) {
                entities.add(new Entity(EntityType.DOMAIN, service));
            }
        }
        JsonNode device = object(event, "device", "device");
        add(entities, EntityType.HOST, optionalText(device, "hostname", "device.hostname"));
        add(entities, EntityType.IP, optionalText(device, "ip", "device.ip"));
        add(entities, EntityType.DEVICE_ID, optionalText(device, "uid", "device.uid"));
        users(event, entities);
        JsonNode email = object(event, "email", "email");
        add(entities, EntityType.EMAIL, optionalText(email, "from", "email.from"));
        strings(email, "to", "email.to", EntityType.EMAIL, entities);
        JsonNode query = object(event, "query", "query");
        add(entities, EntityType.DOMAIN, optionalText(query, "hostname", "query.hostname"));
        add(entities, EntityType.URL, url(event));
        JsonNode file = object(event, "file", "file");
        JsonNode hashes = array(file, "hashes", "file.hashes");
        if (hashes != null) {
            for (JsonNode hash : hashes) {
                if (!hash.isObject()) {
                    throw InvalidRecord.field("file.hashes", "not a list of fingerprints");
                }
                add(entities, EntityType.FILE_HASH, optionalText(hash, "value", "file.hashes.value"));
            }
        }
        return List.copyOf(entities);
    }

    private static JsonNode endpoint(JsonNode event, String key, Set<Entity> entities) {
        JsonNode endpoint = object(event, key, key);
        if (endpoint != null) {
            add(entities, EntityType.IP, optionalText(endpoint, "ip", key + ".ip"));
            add(entities, EntityType.HOST, optionalText(endpoint, "hostname", key + ".hostname"));
            add(entities, EntityType.DOMAIN, optionalText(endpoint, "domain", key + ".domain"));
        }
        return endpoint;
    }

    private static void users(JsonNode event, Set<Entity> entities) {
        JsonNode actor = object(event, "actor", "actor");
        JsonNode actorUser = object(actor, "user", "actor.user");
        String actorName = optionalText(actorUser, "name", "actor.user.name");
        String actorUid = optionalText(actorUser, "uid", "actor.user.uid");
        add(entities, EntityType.USER, actorName != null ? actorName : actorUid);
        add(entities, EntityType.EMAIL, optionalText(actorUser, "email_addr", "actor.user.email_addr"));
        JsonNode user = object(event, "user", "user");
        String name = optionalText(user, "name", "user.name");
        String uid = optionalText(user, "uid", "user.uid");
        boolean sameAsActor = uid != null && uid.equals(actorUid);
        add(entities, EntityType.USER, name != null ? name : sameAsActor ? null : uid);
        add(entities, EntityType.EMAIL, optionalText(user, "email_addr", "user.email_addr"));
    }

    /** {@code http_request.url}: a URL string, or OCSF's URL object ({@code url_string}, else its parts). */
    static String url(JsonNode event) {
        JsonNode request = object(event, "http_request", "http_request");
        JsonNode url = JsonFields.value(request, "url");
        if (url == null) {
            return null;
        }
        if (url.isTextual()) {
            return url.textValue().isBlank() ? null : url.textValue();
        }
        if (!url.isObject()) {
            throw InvalidRecord.field("http_request.url", "not a URL");
        }
        String whole = optionalText(url, "url_string", "http_request.url.url_string");
        if (whole != null) {
            return whole;
        }
        String host = optionalText(url, "hostname", "http_request.url.hostname");
        if (host == null) {
            return null;
        }
        String scheme = optionalText(url, "scheme", "http_request.url.scheme");
        Long port = JsonFields.optionalLong(url, "port", "http_request.url.port");
        String path = optionalText(url, "path", "http_request.url.path");
        String query = optionalText(url, "query_string", "http_request.url.query_string");
        return (scheme == null ? "http" : scheme)
                + "://"
                + host
                + (port == null ? "" : ":" + port)
                + (path == null ? "" : path)
                + (query == null ? "" : "?" + query);
    }

    /**
     * ATT&CK technique and sub-technique ids from {@code attacks[]} and {@code finding_info.attacks[]}:
     * {@code technique.uid}, {@code sub_technique.uid} and OCSF 1.0's {@code technique_uid}. Ids that
     * are not ATT&CK technique ids (e.g. ATLAS ids) are skipped.
     */
    static List<String> techniques(JsonNode event) {
        List<String> techniques = new ArrayList<>(2);
        attacks(array(event, "attacks", "attacks"), "attacks", techniques);
        JsonNode findingInfo = object(event, "finding_info", "finding_info");
        attacks(array(findingInfo, "attacks", "finding_info.attacks"), "finding_info.attacks", techniques);
        return techniques;
    }

    private static void attacks(JsonNode attacks, String field, List<String> techniques) {
        if (attacks == null) {
            return;
        }
        for (JsonNode attack : attacks) {
            if (!attack.isObject()) {
                throw InvalidRecord.field(field, "not a list of objects");
            }
            technique(optionalText(attack, "technique_uid", field + ".technique_uid"), techniques);
            JsonNode technique = object(attack, "technique", field + ".technique");
            technique(optionalText(technique, "uid", field + ".technique.uid"), techniques);
            JsonNode sub = object(attack, "sub_technique", field + ".sub_technique");
            technique(optionalText(sub, "uid", field + ".sub_technique.uid"), techniques);
        }
    }

    private static void technique(String id, List<String> techniques) {
        if (id != null && AttackTechniques.isTechniqueId(id.strip()) && !techniques.contains(id.strip())) {
            techniques.add(id.strip());
        }
    }

    private static void strings(JsonNode parent, String key, String field, EntityType type, Set<Entity> entities) {
        JsonNode node = array(parent, key, field);
        if (node == null) {
            return;
        }
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw InvalidRecord.field(field, "not a list of strings");
            }
            add(entities, type, element.textValue());
        }
    }

    /** A dotted name of letters, digits and hyphens with a letter, such as {@code s3.amazonaws.com}. */
    private static boolean looksLikeDnsName(String text) {
        if (text.indexOf('.') <= 0 || text.endsWith(".")) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (!(Character.isDigit(c) || c == '-' || c == '.')) {
                return false;
            }
        }
        return letter;
    }

    private static void add(Set<Entity> entities, EntityType type, String value) {
        if (value != null && !value.isBlank()) {
            entities.add(new Entity(type, value.strip()));
        }
    }
}
