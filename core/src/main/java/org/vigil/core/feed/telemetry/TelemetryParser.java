package org.vigil.core.feed.telemetry;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.InvalidRecord;
import org.vigil.core.feed.JsonObjectParser;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.RawRecord;
import org.vigil.core.feed.Timestamps;

/**
 * Reads physical asset telemetry as JSON Lines, one reading per line: vehicle and logger positions,
 * geofence and route events, door, seal and tamper switches, cold-chain temperatures and light,
 * tracker alarms and devices going offline — the shapes fleet trackers (Traccar, Teltonika) and
 * cold-chain loggers (Tive) export, as the pilot scenarios write them. Every record needs a
 * {@code type}, a time ({@code ts} or {@code time}) and a {@code device_id}, {@code sensor_id} or
 * {@code vehicle_id}; severity and summary come from {@link TelemetryRules}.
 */
public final class TelemetryParser extends JsonObjectParser {

    @Override
    public FeedFormat format() {
        return FeedFormat.TELEMETRY;
    }

    @Override
    protected ParseOutcome read(JsonNode root, RawRecord record, Instant receivedTime) {
        Reading reading = new Reading(root);
        TelemetryType type = TelemetryType.of(reading.requiredText("type"));
        Instant time = eventTime(reading);
        TelemetryRules.Subject subject =
                new TelemetryRules.Subject(reading.id("device_id"), reading.id("sensor_id"), reading.id("vehicle_id"));
        if (subject.unit() == null) {
            throw InvalidRecord.field("device_id", "missing (a record needs device_id, sensor_id or vehicle_id)");
        }
        TelemetryRules.Assessment assessment = TelemetryRules.assess(type, reading, subject);
        return ParseOutcome.Parsed.of(event(
                record,
                receivedTime,
                0,
                time,
                EventCategory.PHYSICAL,
                assessment.severity(),
                assessment.summary(),
                List.of(),
                entities(reading, subject)));
    }

    private static Instant eventTime(Reading reading) {
        String field = reading.has("ts") ? "ts" : "time";
        String text = reading.text(field);
        if (text == null) {
            throw InvalidRecord.field("ts", "missing (or time)");
        }
        return Timestamps.parse(text).orElseThrow(() -> InvalidRecord.field(field, "not a date"));
    }

    private static List<Entity> entities(Reading reading, TelemetryRules.Subject subject) {
        List<Entity> entities = new ArrayList<>(4);
        add(entities, EntityType.DEVICE_ID, subject.deviceId());
        add(entities, EntityType.DEVICE_ID, subject.sensorId());
        add(entities, EntityType.DEVICE_ID, reading.id("seal_id"));
        add(entities, EntityType.VEHICLE_ID, subject.vehicleId());
        add(entities, EntityType.USER, reading.text("user"));
        return entities;
    }

    private static void add(List<Entity> entities, EntityType type, String value) {
        if (value != null) {
            Entity entity = new Entity(type, value);
            if (!entities.contains(entity)) {
                entities.add(entity);
            }
        }
    }
}
