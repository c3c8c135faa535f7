package org.vigil.core.feed.stix;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.InvalidRecord;

/** The entities named by the cyber observables (SCOs) of an observed-data object. */
final class StixObservables {

    private StixObservables() {}

    /**
     * Adds the entities of the SCOs an observed-data object refers to ({@code object_refs}, resolved
     * in the record) or embeds (the deprecated {@code objects} dictionary): ipv4-addr and ipv6-addr →
     * IP, domain-name → DOMAIN, url → URL, email-addr → EMAIL, user-account → USER ({@code
     * account_login}, else {@code user_id}), file and artifact → FILE_HASH for each hash; the
     * addresses a network-traffic ({@code src_ref}, {@code dst_ref}) or email-message ({@code
     * from_ref}, {@code sender_ref}, {@code to_refs}, {@code cc_refs}) refers to. Other SCOs are read
     * past.
     */
    static void addEntities(JsonNode observedData, String prefix, StixBundle bundle, Set<Entity> entities) {
        JsonNode refs = StixFields.strings(observedData, "object_refs", prefix);
        if (refs != null) {
            for (JsonNode ref : refs) {
                StixBundle.Item sco = bundle.item(ref.textValue());
                if (sco != null) {
                    add(sco, bundle::item, entities);
                }
            }
        }
        JsonNode embedded = StixFields.object(observedData, "objects", prefix);
        if (embedded != null) {
            Resolver local = key -> embeddedItem(embedded, key, prefix);
            Iterator<String> keys = embedded.fieldNames();
            while (keys.hasNext()) {
                add(local.resolve(keys.next()), local, entities);
            }
        }
    }

    /** Finds what a reference names: in the record, or among the embedded objects. */
    private interface Resolver {
        StixBundle.Item resolve(String ref);
    }

    private static StixBundle.Item embeddedItem(JsonNode embedded, String key, String prefix) {
        JsonNode sco = embedded.get(key);
        if (sco == null) {
            return null;
        }
        String field = prefix + "objects." + key;
        if (!sco.isObject()) {
            throw InvalidRecord.field(field, "not an object");
        }
        return new StixBundle.Item(sco, StixFields.requiredString(sco, "type", field + "."), field + ".");
    }

    private static void add(StixBundle.Item item, Resolver resolver, Set<Entity> entities) {
        JsonNode sco = item.node();
        String prefix = item.prefix();
        switch (item.type()) {
            case "ipv4-addr", "ipv6-addr" -> value(sco, prefix, EntityType.IP, entities);
            case "domain-name" -> value(sco, prefix, EntityType.DOMAIN, entities);
            case "url" -> value(sco, prefix, EntityType.URL, entities);
            case "email-addr" -> value(sco, prefix, EntityType.EMAIL, entities);
            case "user-account" -> {
                String login = StixFields.string(sco, "account_login", prefix);
                put(entities, EntityType.USER, login != null ? login : StixFields.string(sco, "user_id", prefix));
            }
            case "file", "artifact" -> hashes(sco, prefix, entities);
            case "network-traffic" -> {
                follow(StixFields.string(sco, "src_ref", prefix), resolver, entities);
                follow(StixFields.string(sco, "dst_ref", prefix), resolver, entities);
            }
            case "email-message" -> {
                follow(StixFields.string(sco, "from_ref", prefix), resolver, entities);
                follow(StixFields.string(sco, "sender_ref", prefix), resolver, entities);
                followAll(StixFields.strings(sco, "to_refs", prefix), resolver, entities);
                followAll(StixFields.strings(sco, "cc_refs", prefix), resolver, entities);
            }
            default -> {
                // other observables (process, software, mac-addr, x509-certificate…) name no entity Vigil maps
            }
        }
    }

    /** Follows a reference one level: only to addresses, so references cannot loop. */
    private static void follow(String ref, Resolver resolver, Set<Entity> entities) {
        StixBundle.Item target = ref == null ? null : resolver.resolve(ref);
        if (target == null) {
            return;
        }
        switch (target.type()) {
            case "ipv4-addr", "ipv6-addr" -> value(target.node(), target.prefix(), EntityType.IP, entities);
            case "domain-name" -> value(target.node(), target.prefix(), EntityType.DOMAIN, entities);
            case "email-addr" -> value(target.node(), target.prefix(), EntityType.EMAIL, entities);
            default -> {
                // a reference to anything else adds nothing
            }
        }
    }

    private static void followAll(JsonNode refs, Resolver resolver, Set<Entity> entities) {
        if (refs != null) {
            refs.forEach(ref -> follow(ref.textValue(), resolver, entities));
        }
    }

    private static void value(JsonNode sco, String prefix, EntityType type, Set<Entity> entities) {
        put(entities, type, StixFields.string(sco, "value", prefix));
    }

    private static void hashes(JsonNode sco, String prefix, Set<Entity> entities) {
        JsonNode hashes = StixFields.object(sco, "hashes", prefix);
        if (hashes == null) {
            return;
        }
        for (JsonNode hash : hashes) {
            if (!hash.isTextual()) {
                throw InvalidRecord.field(prefix + "hashes", "not a dictionary of strings");
            }
            put(entities, EntityType.FILE_HASH, hash.textValue());
        }
    }

    private static void put(Set<Entity> entities, EntityType type, String value) {
        if (value != null && !value.isBlank()) {
            entities.add(new Entity(type, value.strip()));
        }
    }
}
