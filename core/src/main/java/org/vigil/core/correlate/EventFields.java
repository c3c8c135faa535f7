package org.vigil.core.correlate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.JsonRecords;

/**
 * The fields of one event as Sigma rules see them, computed once per event and shared by every rule.
 *
 * <ul>
 *   <li>The raw record, if it is a JSON object, flattened with dotted keys: {@code {"alert":
 *       {"signature": "x"}}} gives {@code alert.signature}. Arrays give multi-valued fields (arrays
 *       of objects flatten each object under the same key); JSON {@code null} gives a present-but-null
 *       field. At most {@link #MAX_VALUES} values are kept. Parsed lazily, on the first lookup of a
 *       non-{@code vigil.} field.
 *   <li>Vigil's normalised fields, which win over raw keys of the same name: {@code vigil.id},
 *       {@code vigil.source}, {@code vigil.format} (the format's command-line name), {@code
 *       vigil.category}, {@code vigil.severity} (lower-case enum names), {@code vigil.summary},
 *       {@code vigil.time} (ISO-8601 event time), {@code vigil.technique} (ATT&amp;CK ids), {@code
 *       vigil.asset} (mapped asset ids) and one field per entity type, named after it in lower case:
 *       {@code vigil.ip}, {@code vigil.host}, {@code vigil.user}, {@code vigil.device_id}, {@code
 *       vigil.vehicle_id}, {@code vigil.domain}, {@code vigil.url}, {@code vigil.file_hash}, {@code
 *       vigil.email}.
 * </ul>
 *
 * A name is looked up exactly first and then, failing that, ignoring case.
 */
public final class EventFields implements FieldSource {

    /** Flattened values kept per event; the rest of a huge record is ignored. */
    public static final int MAX_VALUES = 10_000;

    private final Event event;
    private final Map<String, List<String>> normalised;
    private Map<String, List<String>> raw;
    private List<String> rawTexts;

    private EventFields(Event event) {
        this.event = event;
        this.normalised = normalised(event);
    }

    public static EventFields of(Event event) {
        return new EventFields(event);
    }

    public Event event() {
        return event;
    }

    @Override
    public List<String> lookup(String field) {
        List<String> values = normalised.get(field);
        if (values != null) {
            return values;
        }
        values = raw().get(field);
        if (values != null) {
            return values;
        }
        // Ignoring case, in the same order as names(): a scan, since most such lookups find nothing
        // and a lower-cased copy of every name would cost more than it saves.
        for (Map.Entry<String, List<String>> entry : normalised.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(field)) {
                return entry.getValue();
            }
        }
        for (Map.Entry<String, List<String>> entry : raw.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(field)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** Every field name, normalised ones first, for diagnostics. */
    public List<String> names() {
        List<String> names = new ArrayList<>(normalised.keySet());
        raw().keySet().stream().filter(n -> !normalised.containsKey(n)).forEach(names::add);
        return names;
    }

    /**
     * The texts a keyword search looks at: every string value of the flattened JSON, or the raw
     * text itself when the record is not JSON, plus the summary.
     */
    List<String> keywordTexts() {
        raw();
        return rawTexts;
    }

    private Map<String, List<String>> raw() {
        if (raw != null) {
            return raw;
        }
        raw = new LinkedHashMap<>();
        List<String> texts = new ArrayList<>();
        String text = event.raw().strip();
        JsonRecords.Either parsed = text.startsWith("{") ? JsonRecords.parseObject(text) : null;
        if (parsed != null && parsed.ok()) {
            int[] budget = {MAX_VALUES};
            flatten(parsed.node(), "", raw, budget);
            raw.values().forEach(texts::addAll);
        } else {
            texts.add(event.raw());
        }
        texts.add(event.summary());
        rawTexts = Collections.unmodifiableList(texts);
        return raw;
    }

    private static void flatten(JsonNode node, String key, Map<String, List<String>> out, int[] budget) {
        if (budget[0] <= 0) {
            return;
        }
        if (node.isObject()) {
            node.fields()
                    .forEachRemaining(e ->
                            flatten(e.getValue(), key.isEmpty() ? e.getKey() : key + "." + e.getKey(), out, budget));
        } else if (node.isArray()) {
            out.computeIfAbsent(key, k -> new ArrayList<>());
            node.forEach(element -> {
                if (!element.isNull()) {
                    flatten(element, key, out, budget);
                }
            });
        } else {
            List<String> values = out.computeIfAbsent(key, k -> new ArrayList<>());
            if (!node.isNull()) {
                values.add(node.asText());
                budget[0]--;
            }
        }
    }

    private static Map<String, List<String>> normalised(Event event) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("vigil.id", List.of(event.id()));
        fields.put("vigil.source", List.of(event.source()));
        fields.put("vigil.format", List.of(event.format().cliName()));
        fields.put("vigil.category", List.of(lower(event.category().name())));
        fields.put("vigil.severity", List.of(lower(event.severity().name())));
        fields.put("vigil.summary", List.of(event.summary()));
        fields.put("vigil.time", List.of(event.eventTime().toString()));
        if (!event.techniques().isEmpty()) {
            fields.put("vigil.technique", event.techniques());
        }
        if (!event.assetIds().isEmpty()) {
            fields.put("vigil.asset", event.assetIds());
        }
        for (Entity entity : event.entities()) {
            fields.computeIfAbsent("vigil." + lower(entity.type().name()), k -> new ArrayList<>())
                    .add(entity.value());
        }
        return fields;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
