package org.vigil.core.feed.vigil;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.core.feed.AttackTechniques;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.InvalidRecord;
import org.vigil.core.feed.JsonFields;
import org.vigil.core.feed.JsonObjectParser;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.RawRecord;
import org.vigil.core.feed.Timestamps;

/**
 * Reads Vigil's own JSON Lines format, one event per line, for monitors that have no format of
 * their own and for scripts that write events by hand:
 *
 * <pre>{"time": "2025-03-12T06:27:50Z", "monitor": "gps-telematics", "category": "PHYSICAL",
 * "severity": "HIGH", "summary": "BG-41-TX left its route corridor", "techniques": [],
 * "entities": {"vehicleId": ["BG-41-TX"]}, "fields": {"route_id": "R-0312-ST-04"}}</pre>
 *
 * {@code time}, {@code category} and {@code severity} are required; the schema is closed, so a
 * misspelt field or entity kind is rejected rather than silently dropped.
 */
public final class VigilJsonLinesParser extends JsonObjectParser {

    @Override
    public FeedFormat format() {
        return FeedFormat.VIGIL;
    }

    @Override
    protected ParseOutcome read(JsonNode root, RawRecord record, Instant receivedTime) {
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!VigilSchema.isField(name)) {
                throw VigilSchema.unknownField(name);
            }
        }
        String timeText = requiredText(root, "time");
        Instant time = Timestamps.parse(timeText).orElseThrow(() -> InvalidRecord.field("time", "not a date"));
        EventCategory category = VigilSchema.category(requiredText(root, "category"));
        EventSeverity severity = VigilSchema.severity(requiredText(root, "severity"));
        String monitor = optionalText(root, "monitor");
        String summary = optionalText(root, "summary");
        if (summary == null) {
            summary = category.name() + " event" + (monitor == null ? "" : " from " + monitor);
        }
        JsonFields.object(root, "fields", "fields");
        return ParseOutcome.Parsed.of(event(
                record,
                receivedTime,
                0,
                time,
                category,
                severity,
                JsonFields.oneLine(summary),
                techniques(root.get("techniques")),
                entities(JsonFields.object(root, "entities", "entities"))));
    }

    private static String requiredText(JsonNode root, String field) {
        return JsonFields.nonBlankText(root, field, field);
    }

    private static String optionalText(JsonNode root, String field) {
        String value = JsonFields.optionalText(root, field, field);
        return value == null ? null : value.strip();
    }

    private static List<String> techniques(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw InvalidRecord.field("techniques", "not a list of strings");
        }
        List<String> techniques = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            String field = "techniques[" + i + "]";
            if (!element.isTextual()) {
                throw InvalidRecord.field(field, "not a string");
            }
            String id = element.textValue().strip().toUpperCase(Locale.ROOT);
            if (!AttackTechniques.isTechniqueId(id)) {
                throw InvalidRecord.field(
                        field,
                        "'" + element.textValue() + "' is not an ATT&CK technique id such as T1078 or T1021.001");
            }
            if (!techniques.contains(id)) {
                techniques.add(id);
            }
        }
        return techniques;
    }

    private static List<Entity> entities(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            VigilSchema.entityType(names.next());
        }
        Set<Entity> entities = new LinkedHashSet<>();
        for (Map.Entry<String, EntityType> kind : VigilSchema.ENTITY_KEYS.entrySet()) {
            JsonNode values = node.get(kind.getKey());
            if (values == null || values.isNull()) {
                continue;
            }
            String field = "entities." + kind.getKey();
            if (!values.isArray()) {
                throw InvalidRecord.field(field, "not a list of strings");
            }
            for (int i = 0; i < values.size(); i++) {
                JsonNode value = values.get(i);
                if (!value.isTextual()) {
                    throw InvalidRecord.field(field + "[" + i + "]", "not a string");
                }
                if (value.textValue().isBlank()) {
                    throw InvalidRecord.field(field + "[" + i + "]", "blank");
                }
                entities.add(new Entity(kind.getValue(), value.textValue().strip()));
            }
        }
        return List.copyOf(entities);
    }
}
