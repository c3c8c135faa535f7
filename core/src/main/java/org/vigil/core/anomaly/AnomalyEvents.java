package org.vigil.core.anomaly;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventIds;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;

/**
 * Writes an anomaly as an event in Vigil's own JSON Lines format (docs/feeds.md), so that it is
 * stored, shown and correlated like any monitor's event and a file of them can be read back with
 * {@code --format vigil}. The anomaly's numbers go under {@code fields}, where rules find them as
 * {@code fields.metric}, {@code fields.score} and so on (docs/anomaly-detection.md).
 */
final class AnomalyEvents {

    /** The source and monitor name of anomaly events. */
    static final String SOURCE = "anomaly";

    /** Contributions written per event, largest first. */
    private static final int TOP_CONTRIBUTIONS = 3;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<EntityType, String> ENTITY_KEYS = entityKeys();

    private AnomalyEvents() {}

    private static Map<EntityType, String> entityKeys() {
        Map<EntityType, String> keys = new LinkedHashMap<>();
        keys.put(EntityType.IP, "ip");
        keys.put(EntityType.HOST, "host");
        keys.put(EntityType.USER, "user");
        keys.put(EntityType.DEVICE_ID, "deviceId");
        keys.put(EntityType.VEHICLE_ID, "vehicleId");
        keys.put(EntityType.DOMAIN, "domain");
        keys.put(EntityType.URL, "url");
        keys.put(EntityType.FILE_HASH, "fileHash");
        keys.put(EntityType.EMAIL, "email");
        return keys;
    }

    /**
     * The event of an anomaly on {@code stream}. For a telemetry stream {@code reading} is the event of
     * the reading, whose entities it takes; for a rate it is null and {@code bucketSeconds} the
     * bucket's length. {@code trigger} dates its reception.
     */
    static Event of(
            StreamKey stream,
            AnomalyResult result,
            DetectorKind kind,
            double threshold,
            Event trigger,
            Event reading,
            long bucketSeconds) {
        EventSeverity severity = severity(result.score());
        String summary = summary(stream, result, bucketSeconds);
        List<Entity> entities = reading == null ? List.of() : reading.entities();
        String raw = raw(stream, result, kind, threshold, severity, summary, entities, reading, bucketSeconds);
        return new Event(
                EventIds.of(FeedFormat.VIGIL, raw, 0, result.timestamp()),
                result.timestamp(),
                trigger.receivedTime(),
                SOURCE,
                FeedFormat.VIGIL,
                EventCategory.ANOMALY,
                severity,
                summary,
                List.of(),
                entities,
                List.of(stream.asset()),
                raw);
    }

    /** Scores just past the alert threshold are LOW; 0.8 and up MEDIUM; 0.9 and up HIGH. */
    static EventSeverity severity(double score) {
        if (score >= 0.9) {
            return EventSeverity.HIGH;
        }
        return score >= 0.8 ? EventSeverity.MEDIUM : EventSeverity.LOW;
    }

    /** E.g. "Anomaly: route distance on armoured-van (BG-41-TX) 1280 m, expected 0 m, normal 0 to 250 m, score 0.99". */
    static String summary(StreamKey stream, AnomalyResult result, long bucketSeconds) {
        Metric metric = stream.metric();
        boolean rate = metric.shape() == Metric.Shape.RATE;
        String unit = rate ? "" : " " + metric.unit();
        StringBuilder text = new StringBuilder("Anomaly: ");
        if (metric == Metric.EVENT_RATE && !stream.qualifier().isEmpty()) {
            text.append(stream.qualifier().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append(" events");
        } else {
            text.append(metric.label());
        }
        text.append(" on ").append(stream.assetId());
        if (!stream.qualifier().isEmpty() && metric != Metric.EVENT_RATE) {
            text.append(" (").append(stream.qualifier()).append(')');
        }
        text.append(' ').append(number(result.observed())).append(unit);
        if (rate) {
            text.append(" in ").append(period(bucketSeconds));
        }
        if (!Double.isNaN(result.expected())) {
            text.append(", expected ").append(number(result.expected())).append(unit);
        }
        if (!Double.isNaN(result.lower()) || !Double.isNaN(result.upper())) {
            text.append(", normal ")
                    .append(Double.isNaN(result.lower()) ? "up" : number(result.lower()))
                    .append(" to ")
                    .append(Double.isNaN(result.upper()) ? "any" : number(result.upper()))
                    .append(unit);
        }
        return text.append(", score ").append(number(result.score())).toString();
    }

    private static String period(long seconds) {
        if (seconds % 3600 == 0) {
            return seconds / 3600 + " h";
        }
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }

    /** Whole numbers from 100 on, else at most two decimals. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        int scale = Math.abs(value) >= 100 ? 0 : 2;
        return BigDecimal.valueOf(value)
                .setScale(scale, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String raw(
            StreamKey stream,
            AnomalyResult result,
            DetectorKind kind,
            double threshold,
            EventSeverity severity,
            String summary,
            List<Entity> entities,
            Event reading,
            long bucketSeconds) {
        ObjectNode root = JSON.createObjectNode();
        root.put("time", result.timestamp().toString());
        root.put("monitor", SOURCE);
        root.put("category", EventCategory.ANOMALY.name());
        root.put("severity", severity.name());
        root.put("summary", summary);
        root.putArray("techniques");
        ObjectNode entityNode = root.putObject("entities");
        for (Map.Entry<EntityType, String> kindKey : ENTITY_KEYS.entrySet()) {
            ArrayNode values = null;
            for (Entity entity : entities) {
                if (entity.type() == kindKey.getKey()) {
                    if (values == null) {
                        values = entityNode.putArray(kindKey.getValue());
                    }
                    values.add(entity.value());
                }
            }
        }
        ObjectNode fields = root.putObject("fields");
        fields.put("scenario", stream.scenarioId());
        fields.put("asset", stream.assetId());
        fields.put("stream", stream.id());
        fields.put("metric", stream.metric().wireName());
        if (!stream.qualifier().isEmpty()) {
            fields.put("qualifier", stream.qualifier());
        }
        fields.put("unit", stream.metric().unit());
        fields.put("detector", kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        put(fields, "score", result.score());
        put(fields, "threshold", threshold);
        put(fields, "observed", result.observed());
        put(fields, "expected", result.expected());
        put(fields, "lower", result.lower());
        put(fields, "upper", result.upper());
        ArrayNode contributions = fields.putArray("contributions");
        result.contributions().stream().limit(TOP_CONTRIBUTIONS).forEach(c -> {
            ObjectNode part = contributions.addObject();
            part.put("feature", c.feature());
            put(part, "share", c.share());
        });
        if (reading != null) {
            fields.put("event", reading.id());
        } else {
            fields.put("bucket_seconds", bucketSeconds);
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always writes", e);
        }
    }

    /** A number rounded to four decimals, whole numbers without them; nothing when it is unknown. */
    private static void put(ObjectNode node, String name, double value) {
        if (!Double.isFinite(value)) {
            return;
        }
        double rounded = Math.round(value * 10_000) / 10_000.0;
        if (rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15) {
            node.put(name, (long) rounded);
        } else {
            node.put(name, rounded);
        }
    }
}
