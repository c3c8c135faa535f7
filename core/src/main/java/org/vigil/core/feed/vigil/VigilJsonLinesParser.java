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
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventIds;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.JsonRecords;
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
public final class VigilJsonLinesParser implements FeedParser {

    @Override
    public FeedFormat format() {
        return FeedFormat.VIGIL;
    }

    @Override
    public ParseOutcome parse(RawRecord record, Instant receivedTime) {
        JsonRecords.Either parsed = JsonRecords.parseObject(record.text());
        if (!parsed.ok()) {
            return new ParseOutcome.Rejected(parsed.error());
        }
        try {
            return ParseOutcome.Parsed.of(toEvent(parsed.node(), record, receivedTime));
        } catch (InvalidVigilRecord e) {
            return new ParseOutcome.Rejected(e.getMessage());
        }
    }

    private static Event toEvent(JsonNode root, RawRecord record, Instant receivedTime) {
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!VigilSchema.isField(name)) {
                throw VigilSchema.unknownField(name);
            }
        }
        String timeText = requiredText(root, "time");
        Instant time = Timestamps.parse(timeText).orElseThrow(() -> new InvalidVigilRecord("time", "not a date"));
        EventCategory category = VigilSchema.category(requiredText(root, "category"));
        EventSeverity severity = VigilSchema.severity(requiredText(root, "severity"));
        String monitor = optionalText(root, "monitor");
        String summary = optionalText(root, "summary");
        if (summary == null) {
            summary = category.name() + " event" + (monitor == null ? "" : " from " + monitor);
        }
        JsonNode fields = root.get("fields");
        if (fields != null && !fields.isNull() && !fields.isObject()) {
            throw new InvalidVigilRecord("fields", "not an object");
        }
        return new Event(
                EventIds.of(FeedFormat.VIGIL, record.text(), 0),
                time,
                receivedTime,
                record.source(),
                FeedFormat.VIGIL,
                category,
                severity,
                oneLine(summary),
                techniques(root.get("techniques")),
                entities(root.get("entities")),
                List.of(),
                record.text());
    }

    private static String requiredText(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new InvalidVigilRecord(field, "missing");
        }
        if (!node.isTextual()) {
            throw new InvalidVigilRecord(field, "not a string");
        }
        if (node.textValue().isBlank()) {
            throw new InvalidVigilRecord(field, "blank");
        }
        return node.textValue();
    }

    private static String optionalText(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidVigilRecord(field, "not a string");
        }
        String value = node.textValue().strip();
        return value.isEmpty() ? null : value;
    }

    private static List<String> techniques(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidVigilRecord("techniques", "not a list of strings");
        }
        List<String> techniques = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            String field = "techniques[" + i + "]";
            if (!element.isTextual()) {
                throw new InvalidVigilRecord(field, "not a string");
            }
            String id = element.textValue().strip().toUpperCase(Locale.ROOT);
            if (!AttackTechniques.isTechniqueId(id)) {
                throw new InvalidVigilRecord(
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
        if (!node.isObject()) {
            throw new InvalidVigilRecord("entities", "not an object");
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
                throw new InvalidVigilRecord(field, "not a list of strings");
            }
            for (int i = 0; i < values.size(); i++) {
                JsonNode value = values.get(i);
                if (!value.isTextual()) {
                    throw new InvalidVigilRecord(field + "[" + i + "]", "not a string");
                }
                if (value.textValue().isBlank()) {
                    throw new InvalidVigilRecord(field + "[" + i + "]", "blank");
                }
                entities.add(new Entity(kind.getValue(), value.textValue().strip()));
            }
        }
        return List.copyOf(entities);
    }

    private static String oneLine(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0
                ? text
                : text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
