package org.vigil.core.correlate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.Event;

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

    /** Vigil's normalised field names in the order {@link #names()} lists them. */
    private static final List<String> NORMALISED_NAMES = normalisedNames();

    private static final Map<String, EntityType> ENTITY_FIELDS = entityFields();

    private final Event event;
    private final FieldDemand demand;
    private Map<String, List<String>> raw;
    private List<String> rawTexts;

    private EventFields(Event event, FieldDemand demand) {
        this.event = event;
        this.demand = demand;
    }

    /** Every field of the event. */
    public static EventFields of(Event event) {
        return new EventFields(event, FieldDemand.everything());
    }

    /**
     * The event's fields as far as a set of rules looks: raw-record fields outside the demand are
     * never read, so looking them up finds nothing.
     */
    public static EventFields of(Event event, FieldDemand demand) {
        return new EventFields(event, Objects.requireNonNull(demand, "demand"));
    }

    public Event event() {
        return event;
    }

    @Override
    public List<String> lookup(String field) {
        List<String> values = normalised(field);
        if (values != null) {
            return values;
        }
        values = raw().get(field);
        if (values != null) {
            return values;
        }
        // Ignoring case, in the same order as names(): a scan, since most such lookups find nothing
        // and a lower-cased copy of every name would cost more than it saves.
        for (String name : NORMALISED_NAMES) {
            if (name.equalsIgnoreCase(field)) {
                values = normalised(name);
                if (values != null) {
                    return values;
                }
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
        List<String> names = new ArrayList<>();
        NORMALISED_NAMES.stream().filter(n -> normalised(n) != null).forEach(names::add);
        raw().keySet().stream().filter(n -> normalised(n) == null).forEach(names::add);
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
        List<String> texts = new ArrayList<>();
        String text = event.raw().strip();
        Optional<Map<String, List<String>>> flattened =
                text.startsWith("{") ? FlattenedJson.of(text, MAX_VALUES, demand) : Optional.empty();
        if (flattened.isPresent()) {
            raw = flattened.get();
            raw.values().forEach(texts::addAll);
        } else {
            raw = Map.of();
            texts.add(event.raw());
        }
        texts.add(event.summary());
        rawTexts = Collections.unmodifiableList(texts);
        return raw;
    }

    /**
     * One of Vigil's normalised fields, or null when the name is none or the event has no value for
     * it. Computed on demand: rules ask for few of them, and building all for every event cost more
     * than the rules' own work.
     */
    private List<String> normalised(String field) {
        if (!field.startsWith("vigil.")) {
            return null;
        }
        return switch (field) {
            case "vigil.id" -> List.of(event.id());
            case "vigil.source" -> List.of(event.source());
            case "vigil.format" -> List.of(event.format().cliName());
            case "vigil.category" -> List.of(lower(event.category().name()));
            case "vigil.severity" -> List.of(lower(event.severity().name()));
            case "vigil.summary" -> List.of(event.summary());
            case "vigil.time" -> List.of(event.eventTime().toString());
            case "vigil.technique" -> event.techniques().isEmpty() ? null : event.techniques();
            case "vigil.asset" -> event.assetIds().isEmpty() ? null : event.assetIds();
            default -> entityValues(ENTITY_FIELDS.get(field));
        };
    }

    private List<String> entityValues(EntityType type) {
        if (type == null) {
            return null;
        }
        List<String> values = null;
        for (Entity entity : event.entities()) {
            if (entity.type() == type) {
                if (values == null) {
                    values = new ArrayList<>(2);
                }
                values.add(entity.value());
            }
        }
        return values;
    }

    private static List<String> normalisedNames() {
        List<String> names = new ArrayList<>(List.of(
                "vigil.id",
                "vigil.source",
                "vigil.format",
                "vigil.category",
                "vigil.severity",
                "vigil.summary",
                "vigil.time",
                "vigil.technique",
                "vigil.asset"));
        names.addAll(entityFields().keySet());
        return List.copyOf(names);
    }

    private static Map<String, EntityType> entityFields() {
        Map<String, EntityType> fields = new LinkedHashMap<>();
        for (EntityType type : EntityType.values()) {
            fields.put("vigil." + lower(type.name()), type);
        }
        return Collections.unmodifiableMap(fields);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
