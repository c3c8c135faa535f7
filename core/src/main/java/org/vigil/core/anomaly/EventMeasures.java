package org.vigil.core.anomaly;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.vigil.core.correlate.EventFields;
import org.vigil.core.correlate.FieldDemand;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.FeedFormat;

/**
 * What one event tells the metric streams: whether it is a failed login, an order or a payment, how
 * many bytes it sent, which destinations and domains it names, and, for telemetry, its reading. The
 * raw record is read once, lazily, and only as far as these questions need.
 */
final class EventMeasures {

    /** Fields naming how many bytes left, as monitors write them (Zeek's originator bytes among them). */
    private static final List<String> BYTES_OUT_FIELDS = List.of(
            "bytes_out",
            "out_bytes",
            "bytes_sent",
            "sent_bytes",
            "sentbytes",
            "bytesOut",
            "orig_bytes",
            "flow.bytes_toserver",
            "network.bytes_out",
            "data.bytes_out",
            "src_bytes");
    /** Fields naming what happened in application logs. */
    private static final List<String> ACTION_FIELDS = List.of(
            "event",
            "data.event",
            "event_type",
            "eventType",
            "type",
            "action",
            "data.action",
            "operation",
            "Operation");

    private static final List<String> TELEMETRY_FIELDS = List.of(
            "type",
            "lat",
            "lon",
            "speed_kmh",
            "geofence",
            "route_id",
            "distance_from_route_m",
            "celsius",
            "min_c",
            "max_c",
            "vehicle_id",
            "device_id",
            "sensor_id");

    private static final FieldDemand DEMAND = demand();

    private static final Pattern ORDER = Pattern.compile(
            "order[._ -]?(created|placed|submitted|confirmed)|(new|place|create)[._ -]?order|orderplaced|ordercreated");
    private static final Pattern PAYMENT = Pattern.compile(
            "payment[._ -]?(authori[sz]ed|captured|completed|succeeded|settled|approved)|charge[._ -]?succeeded"
                    + "|paymentcompleted|paymentcaptured");
    private static final List<String> FAILURE_WORDS =
            List.of("fail", "invalid", "denied", "rejected", "unsuccessful", "wrong password", "bad password");
    /** Tokens of records that say a sign-in failed, where the summary does not. */
    private static final List<String> FAILURE_TOKENS = List.of(
            "authentication_failed",
            "authentication_failures",
            "login_failed",
            "logon_failure",
            "\"failure\"",
            "\"failed\"",
            "\"4625\"",
            ":4625,");

    private final Event event;
    private EventFields fields;

    EventMeasures(Event event) {
        this.event = event;
    }

    private static FieldDemand demand() {
        List<String> names = new ArrayList<>();
        names.addAll(BYTES_OUT_FIELDS);
        names.addAll(ACTION_FIELDS);
        names.addAll(TELEMETRY_FIELDS);
        return FieldDemand.of(names);
    }

    Event event() {
        return event;
    }

    private EventFields fields() {
        if (fields == null) {
            fields = EventFields.of(event, DEMAND);
        }
        return fields;
    }

    /** The first value of a raw field, or null. */
    String text(String field) {
        List<String> values = fields().lookup(field);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A raw field as a number; NaN when absent or not a number. */
    double number(String field) {
        String text = text(field);
        if (text == null) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * A sign-in that did not succeed: an authentication event whose summary or record says it failed
     * or was denied (Wazuh's {@code authentication_failed}, Windows 4625, "Failed password", an
     * identity provider's failure). Monitors say so in their own words, so this reads words.
     */
    boolean failedLogin() {
        if (event.category() != EventCategory.AUTHENTICATION) {
            return false;
        }
        String summary = event.summary().toLowerCase(Locale.ROOT);
        for (String word : FAILURE_WORDS) {
            if (summary.contains(word)) {
                return true;
            }
        }
        String raw = event.raw().toLowerCase(Locale.ROOT);
        for (String token : FAILURE_TOKENS) {
            if (raw.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** Bytes the event says were sent out, or NaN. */
    double bytesOut() {
        for (String field : BYTES_OUT_FIELDS) {
            double value = number(field);
            if (value >= 0) {
                return value;
            }
        }
        return Double.NaN;
    }

    boolean isOrder() {
        return actionMatches(ORDER);
    }

    boolean isPayment() {
        return actionMatches(PAYMENT);
    }

    private boolean actionMatches(Pattern pattern) {
        for (String field : ACTION_FIELDS) {
            List<String> values = fields().lookup(field);
            if (values != null) {
                for (String value : values) {
                    if (pattern.matcher(value.toLowerCase(Locale.ROOT)).matches()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The addresses and domains the event names, lower-cased. */
    List<String> destinations() {
        return entities(EntityType.IP, EntityType.DOMAIN);
    }

    /** The domains the event names, lower-cased. */
    List<String> domains() {
        return entities(EntityType.DOMAIN, EntityType.DOMAIN);
    }

    private List<String> entities(EntityType first, EntityType second) {
        List<String> values = new ArrayList<>(2);
        for (Entity entity : event.entities()) {
            if (entity.type() == first || entity.type() == second) {
                values.add(entity.value().toLowerCase(Locale.ROOT));
            }
        }
        return values;
    }

    /** The telemetry reading the event carries, or null when it is not telemetry. */
    TelemetryReading reading() {
        if (event.format() != FeedFormat.TELEMETRY) {
            return null;
        }
        String type = text("type");
        if (type == null) {
            return null;
        }
        String sensor = text("sensor_id");
        String device = text("device_id");
        return new TelemetryReading(
                type,
                event.eventTime(),
                number("lat"),
                number("lon"),
                number("speed_kmh"),
                text("geofence"),
                text("route_id"),
                number("distance_from_route_m"),
                number("celsius"),
                number("min_c"),
                number("max_c"),
                text("vehicle_id"),
                sensor != null ? sensor : device);
    }
}
