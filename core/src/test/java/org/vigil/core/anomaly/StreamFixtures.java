package org.vigil.core.anomaly;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.vigil.core.TestScenario;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.RawRecord;
import org.vigil.core.feed.telemetry.TelemetryParser;
import org.vigil.core.model.AssetKind;
import org.vigil.core.model.Scenario;

/**
 * Events for the anomaly monitor's tests: a small fleet scenario (a server, a van, a cold box), sign-ins
 * and telemetry readings mapped to its assets, and a quiet stream of failed logins with a burst.
 */
public final class StreamFixtures {

    public static final String SCENARIO = "minimal";
    public static final String SERVER = "web-server";
    public static final String VAN = "van";
    public static final String COLDBOX = "coldbox";
    public static final String SERVER_REF = SCENARIO + "/" + SERVER;
    public static final String VAN_REF = SCENARIO + "/" + VAN;
    public static final String COLDBOX_REF = SCENARIO + "/" + COLDBOX;
    public static final Instant START = Instant.parse("2025-03-12T00:00:00Z");

    private static final TelemetryParser TELEMETRY = new TelemetryParser();

    private StreamFixtures() {}

    /** One organisation with a server, a van (BG-41-TX) and a cold box (TIVE-CCB-114). */
    public static Scenario fleet() {
        return TestScenario.minimal()
                .withAsset(VAN, AssetKind.VEHICLE, TestScenario.RETAILER)
                .withIdentifiers(VAN, "vehicleId", "BG-41-TX")
                .withAsset(COLDBOX, AssetKind.COLD_CHAIN_SENSOR, TestScenario.RETAILER)
                .withIdentifiers(COLDBOX, "deviceId", "TIVE-CCB-114")
                .toScenario();
    }

    public static AnomalyConfig config() {
        return AnomalyConfig.defaults(List.of(fleet()));
    }

    /** A sign-in on the server, failed or not; {@code n} tells events of one second apart. */
    public static Event login(Instant time, boolean failed, int n) {
        String summary = failed ? "sshd: Failed password for root" : "sshd: Accepted publickey for deploy";
        return new Event(
                "login-" + time.getEpochSecond() + "-" + n,
                time,
                time,
                "auth.log",
                FeedFormat.JSON,
                EventCategory.AUTHENTICATION,
                failed ? EventSeverity.LOW : EventSeverity.INFO,
                summary,
                List.of(),
                List.of(),
                List.of(SERVER_REF),
                "{\"message\":\"" + summary + "\"}");
    }

    /**
     * {@code minutes} minutes of 0 to 3 failed logins each from {@link #START}, and {@code burst}
     * failed logins in minute {@code burstAt} (none when negative).
     */
    public static List<Event> failedLogins(int minutes, int burstAt, int burst, long seed) {
        Random random = new Random(seed);
        List<Event> events = new ArrayList<>();
        for (int minute = 0; minute < minutes; minute++) {
            int count = minute == burstAt ? burst : random.nextInt(4);
            for (int i = 0; i < count; i++) {
                Instant time = START.plus(Duration.ofMinutes(minute)).plusSeconds(i * 59L / Math.max(1, count));
                events.add(login(time, true, i));
            }
        }
        return events;
    }

    /** A telemetry record read by the real parser, mapped to {@code asset}. */
    public static Event telemetry(String asset, String json) {
        ParseOutcome outcome = TELEMETRY.parse(new RawRecord("tracker.jsonl", 0, json), START);
        if (!(outcome instanceof ParseOutcome.Parsed parsed)) {
            throw new IllegalArgumentException("not telemetry: " + outcome);
        }
        return parsed.events().get(0).withAssets(List.of(asset));
    }

    /** A position of the van, in a geofence or not, on route R-1. */
    public static Event position(Instant time, double lat, double lon, double speed, String geofence) {
        return telemetry(
                VAN_REF,
                "{\"type\":\"gps\",\"vehicle_id\":\"BG-41-TX\",\"route_id\":\"R-1\",\"lat\":" + lat + ",\"lon\":"
                        + lon + ",\"speed_kmh\":" + speed + ",\"geofence\":"
                        + (geofence == null ? "null" : "\"" + geofence + "\"") + ",\"ts\":\"" + time + "\"}");
    }

    /** The van's tracker reporting a route deviation. */
    public static Event deviation(Instant time, double lat, double lon, double metres) {
        return telemetry(
                VAN_REF,
                "{\"type\":\"route_deviation\",\"vehicle_id\":\"BG-41-TX\",\"route_id\":\"R-1\",\"lat\":" + lat
                        + ",\"lon\":" + lon + ",\"distance_from_route_m\":" + metres + ",\"ts\":\"" + time + "\"}");
    }

    /** A temperature reading of the cold box, range 2–8 °C. */
    public static Event temperature(Instant time, double celsius) {
        return telemetry(
                COLDBOX_REF,
                "{\"type\":\"temperature\",\"sensor_id\":\"TIVE-CCB-114\",\"celsius\":" + celsius
                        + ",\"min_c\":2,\"max_c\":8,\"ts\":\"" + time + "\"}");
    }

    /** A reading of the cold box, for a stream test. */
    static TelemetryReading reading(Event event) {
        return new EventMeasures(event).reading();
    }
}
