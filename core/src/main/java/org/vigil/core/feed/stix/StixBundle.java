package org.vigil.core.feed.stix;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.core.feed.InvalidRecord;
import org.vigil.core.feed.JsonFields;

/**
 * The objects of one record, a bundle or a single STIX object, in order, with an index by id so
 * that references ({@code sighting_of_ref}, {@code object_refs}…) resolve inside the record.
 */
final class StixBundle {

    /** One object and the prefix that names its properties in reasons ({@code objects[2].}). */
    record Item(JsonNode node, String type, String prefix) {}

    private final List<Item> items;
    private final Map<String, Item> byId;
    private final Map<String, List<String>> relatedTargets;
    private final Set<String> sightingEvidence;

    private StixBundle(
            List<Item> items,
            Map<String, Item> byId,
            Map<String, List<String>> relatedTargets,
            Set<String> sightingEvidence) {
        this.items = items;
        this.byId = byId;
        this.relatedTargets = relatedTargets;
        this.sightingEvidence = sightingEvidence;
    }

    /** Reads a bundle ({@code type} "bundle", {@code objects} a list) or one STIX object. */
    static StixBundle read(JsonNode root) {
        String type = StixFields.requiredString(root, "type", "");
        List<Item> items;
        if (type.equals("bundle")) {
            JsonNode objects = JsonFields.value(root, "objects");
            if (objects != null && !objects.isArray()) {
                throw InvalidRecord.field("objects", "not a list");
            }
            items = new ArrayList<>(objects == null ? 0 : objects.size());
            if (objects != null) {
                int i = 0;
                for (JsonNode object : objects) {
                    String prefix = "objects[" + i++ + "].";
                    if (!object.isObject()) {
                        throw InvalidRecord.field(prefix.substring(0, prefix.length() - 1), "not an object");
                    }
                    items.add(new Item(object, StixFields.requiredString(object, "type", prefix), prefix));
                }
            }
        } else {
            StixFields.requiredString(root, "id", "");
            items = List.of(new Item(root, type, ""));
        }
        Map<String, Item> byId = new HashMap<>(items.size() * 2);
        Map<String, List<String>> relatedTargets = new HashMap<>();
        Set<String> sightingEvidence = new HashSet<>();
        for (Item item : items) {
            JsonNode id = item.node().get("id");
            if (id != null && id.isTextual()) {
                byId.putIfAbsent(id.textValue(), item);
            }
            if (item.type().equals("relationship")) {
                JsonNode source = item.node().get("source_ref");
                JsonNode target = item.node().get("target_ref");
                if (source != null && source.isTextual() && target != null && target.isTextual()) {
                    relatedTargets
                            .computeIfAbsent(source.textValue(), k -> new ArrayList<>(2))
                            .add(target.textValue());
                }
            } else if (item.type().equals("sighting")) {
                JsonNode refs = StixFields.strings(item.node(), "observed_data_refs", item.prefix());
                if (refs != null) {
                    refs.forEach(ref -> sightingEvidence.add(ref.textValue()));
                }
            }
        }
        return new StixBundle(items, byId, relatedTargets, sightingEvidence);
    }

    List<Item> items() {
        return items;
    }

    /** The object with this id in the record, or null. */
    JsonNode get(String id) {
        Item item = byId.get(id);
        return item == null ? null : item.node();
    }

    /** The object with this id in the record and its place, or null. */
    Item item(String id) {
        return byId.get(id);
    }

    /** The targets of relationships whose source is this object, in the record's order. */
    List<String> relatedTargets(String sourceId) {
        return relatedTargets.getOrDefault(sourceId, List.of());
    }

    /** Whether a sighting in the record names this observed-data as its evidence. */
    boolean isSightingEvidence(String observedDataId) {
        return sightingEvidence.contains(observedDataId);
    }
}
