package org.vigil.core.feed.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.feed.EntityType.DEVICE_ID;
import static org.vigil.core.feed.EntityType.USER;
import static org.vigil.core.feed.EntityType.VEHICLE_ID;
import static org.vigil.core.feed.GoldenSamples.assertGolden;
import static org.vigil.core.feed.GoldenSamples.e;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.FeedParserContract;
import org.vigil.core.feed.GoldenSamples;

/**
 * The samples in {@code feeds/telemetry/telemetry.jsonl} follow the telemetry schema of
 * docs/feeds.md, whose shapes come from what the trackers and loggers document: Traccar positions
 * (latitude, longitude, speed, geofences) and alarm names (powerCut, tampering…), Teltonika
 * digital inputs for door and case switches, Ajax door contacts, Tive temperature and light
 * readings. {@code pharmacy-delivery-replay.jsonl} holds the physical monitors' event fields of
 * the pilot scenario pharmacy-delivery, copied verbatim, so the story can be replayed through
 * this parser.
 */
class TelemetryParserTest extends FeedParserContract {

    private static final String DEG = " \u00b0C";

    private final TelemetryParser parser = new TelemetryParser();

    @Override
    protected FeedParser parser() {
        return parser;
    }

    @Override
    protected String validRecord() {
        return samples("telemetry.jsonl").get(0);
    }

    @Override
    protected String wrongTypesRecord() {
        return "{\"type\":\"temperature\",\"sensor_id\":\"TIVE-CCB-031\",\"celsius\":\"warm\",\"min_c\":2,"
                + "\"max_c\":8,\"ts\":\"2024-05-06T09:00:00Z\"}";
    }

    static List<String> samples(String name) {
        return GoldenSamples.lines("/feeds/telemetry/" + name);
    }

    record Golden(int line, EventSeverity severity, String time, String summary, List<Entity> entities) {}

    private static final String VAN_TRACKER = "FMB920-352093081400017";
    private static final String TRUCK_TRACKER = "FMC650-356307042800033";

    static Stream<Golden> goldens() {
        List<Entity> van = List.of(e(DEVICE_ID, VAN_TRACKER), e(VEHICLE_ID, "VAN-07"));
        List<Entity> truck = List.of(e(DEVICE_ID, TRUCK_TRACKER), e(VEHICLE_ID, "TRK-12"));
        List<Entity> box = List.of(e(DEVICE_ID, "TIVE-CCB-031"));
        return Stream.of(
                new Golden(
                        0,
                        EventSeverity.INFO,
                        "2024-05-06T07:58:10Z",
                        "Position of VAN-07: 52.3702, 4.8952, 34 km/h",
                        van),
                new Golden(
                        1,
                        EventSeverity.INFO,
                        "2024-05-06T06:31:42Z",
                        "Position of VAN-07: 52.3489, 4.9163, 0 km/h, in geofence AMS-DEPOT, trip end",
                        van),
                new Golden(
                        2,
                        EventSeverity.INFO,
                        "2024-05-06T06:31:40Z",
                        "VAN-07 entered geofence AMS-DEPOT at 52.3488, 4.9161",
                        van),
                new Golden(
                        3,
                        EventSeverity.HIGH,
                        "2024-05-06T09:14:05Z",
                        "TRK-12 left geofence CORRIDOR-A4 at 52.1601, 4.497",
                        truck),
                new Golden(
                        4,
                        EventSeverity.MEDIUM,
                        "2024-05-06T09:12:40Z",
                        "TRK-12 off route R-0506-02 by 380 m at 52.1622, 4.4851",
                        truck),
                new Golden(
                        5,
                        EventSeverity.CRITICAL,
                        "2024-05-06T09:20:11Z",
                        "Tamper switch open on " + TRUCK_TRACKER + " of TRK-12",
                        truck),
                new Golden(
                        6,
                        EventSeverity.HIGH,
                        "2024-05-06T09:20:25Z",
                        "Alarm powerCut on " + TRUCK_TRACKER + " of TRK-12",
                        truck),
                new Golden(
                        7,
                        EventSeverity.CRITICAL,
                        "2024-05-06T09:22:51Z",
                        "Door DIN2 open on DIN-TRK12-CARGO of TRK-12, not expected, seal broken",
                        List.of(
                                e(DEVICE_ID, "DIN-TRK12-CARGO"),
                                e(DEVICE_ID, "SEAL-TRK12-01"),
                                e(VEHICLE_ID, "TRK-12"))),
                new Golden(
                        8,
                        EventSeverity.INFO,
                        "2024-05-06T05:45:00Z",
                        "Door dock-1 open on AJX-DOCK-01 by jdevries",
                        List.of(e(DEVICE_ID, "AJX-DOCK-01"), e(USER, "jdevries"))),
                new Golden(
                        9,
                        EventSeverity.MEDIUM,
                        "2024-05-06T02:13:37Z",
                        "Door dock-2 open on AJX-DOCK-02, while armed",
                        List.of(e(DEVICE_ID, "AJX-DOCK-02"))),
                new Golden(
                        10,
                        EventSeverity.INFO,
                        "2024-05-06T09:00:00Z",
                        "TIVE-CCB-031 at 5.2" + DEG + ", within 2 to 8" + DEG,
                        box),
                new Golden(
                        11,
                        EventSeverity.HIGH,
                        "2024-05-06T09:45:00Z",
                        "TIVE-CCB-031 at 11.4" + DEG + ", above the maximum of 8" + DEG + ", for 12 min",
                        box),
                new Golden(
                        12,
                        EventSeverity.HIGH,
                        "2024-05-06T03:00:00Z",
                        "TIVE-CR-AMS-01 at 1.6" + DEG + ", below the minimum of 2" + DEG,
                        List.of(e(DEVICE_ID, "TIVE-CR-AMS-01"))),
                new Golden(
                        13,
                        EventSeverity.MEDIUM,
                        "2024-05-06T09:23:30Z",
                        "Light 402 lux on TIVE-CCB-031, lid open",
                        box),
                new Golden(
                        14,
                        EventSeverity.MEDIUM,
                        "2024-05-06T09:25:30Z",
                        TRUCK_TRACKER + " of TRK-12 offline (no heartbeat)",
                        truck));
    }

    @Test
    void everySampleHasAGoldenExpectation() {
        assertThat(samples("telemetry.jsonl")).hasSize((int) goldens().count());
    }

    @ParameterizedTest
    @MethodSource("goldens")
    void eachSampleBecomesTheExpectedEvent(Golden golden) {
        String line = samples("telemetry.jsonl").get(golden.line());

        List<Event> events = events(line);

        assertThat(events).hasSize(1);
        Event event = events.get(0);
        assertGolden(
                event,
                golden.time(),
                EventCategory.PHYSICAL,
                golden.severity(),
                golden.summary(),
                List.of(),
                golden.entities());
        assertThat(event.raw()).isEqualTo(line);
    }

    private Event event(String text) {
        return events(text).get(0);
    }

    private static String record(String fields) {
        return "{\"ts\":\"2024-05-06T09:00:00Z\",\"device_id\":\"D-1\"," + fields + "}";
    }

    @Test
    void temperatureSeverityDependsOnTheRange() {
        assertThat(event(record("\"type\":\"temperature\",\"celsius\":8,\"min_c\":2,\"max_c\":8"))
                        .severity())
                .isEqualTo(EventSeverity.INFO);
        assertThat(event(record("\"type\":\"temperature\",\"celsius\":8.1,\"max_c\":8"))
                        .summary())
                .isEqualTo("D-1 at 8.1" + DEG + ", above the maximum of 8" + DEG);
        assertThat(event(record("\"type\":\"temperature\",\"celsius\":-18.5,\"max_c\":-15"))
                        .summary())
                .isEqualTo("D-1 at -18.5" + DEG + ", within limits");
        assertThat(event(record("\"type\":\"temperature\",\"celsius\":21")).severity())
                .isEqualTo(EventSeverity.INFO);
        Event excursion = event(record("\"type\":\"temperature_excursion\",\"celsius\":8.9,\"min_c\":2,\"max_c\":8"));
        assertThat(excursion.severity()).isEqualTo(EventSeverity.HIGH);
        assertThat(excursion.summary())
                .isEqualTo("Temperature excursion: D-1 at 8.9" + DEG + ", above the maximum of 8" + DEG);
    }

    @Test
    void doorsAndTamperSwitches() {
        assertThat(event(record("\"type\":\"door\",\"state\":\"open\"")).severity())
                .as("an open door with nothing saying it is expected")
                .isEqualTo(EventSeverity.MEDIUM);
        assertThat(event(record("\"type\":\"door\",\"state\":\"open\",\"expected\":true,\"armed\":true"))
                        .severity())
                .isEqualTo(EventSeverity.INFO);
        assertThat(event(record("\"type\":\"door\",\"state\":\"closed\",\"armed\":true"))
                        .summary())
                .isEqualTo("Door closed on D-1");
        assertThat(event(record("\"type\":\"tamper\",\"state\":\"closed\"")).severity())
                .isEqualTo(EventSeverity.INFO);
        assertThat(event(record("\"type\":\"light\",\"lux\":3,\"lid\":\"closed\""))
                        .severity())
                .isEqualTo(EventSeverity.INFO);
    }

    @Test
    void geofencesPositionsAndAlarms() {
        Event exit = event(record("\"type\":\"geofence\",\"state\":\"exit\",\"vehicle_id\":\"V-1\""));
        assertThat(exit.severity()).isEqualTo(EventSeverity.HIGH);
        assertThat(exit.summary()).isEqualTo("V-1 left a geofence");
        Event location = event("{\"type\":\"location\",\"sensor_id\":\"TIVE-9\",\"lat\":38.7309,\"lon\":-8.8868,"
                + "\"separation_from_vehicle_m\":1900,\"time\":\"2024-05-06T09:00:00Z\"}");
        assertThat(location.summary()).isEqualTo("Position of TIVE-9: 38.7309, -8.8868, 1900 m from its vehicle");
        assertThat(location.severity()).isEqualTo(EventSeverity.INFO);
        assertThat(event("{\"type\":\"gps\",\"device_id\":352093081400017,\"lat\":0,\"lon\":0,"
                                + "\"ts\":\"1714982400\"}")
                        .entities())
                .as("an IMEI written as a number")
                .containsExactly(e(DEVICE_ID, "352093081400017"));
        assertThat(TelemetryRules.alarmSeverity("tampering")).isEqualTo(EventSeverity.CRITICAL);
        assertThat(TelemetryRules.alarmSeverity("geofenceExit")).isEqualTo(EventSeverity.HIGH);
        assertThat(TelemetryRules.alarmSeverity("lowBattery")).isEqualTo(EventSeverity.MEDIUM);
    }

    @Test
    void rejectionsNameTheField() {
        assertThat(rejection(wrongTypesRecord())).isEqualTo("field celsius: not a number");
        assertThat(rejection("{}")).isEqualTo("field type: missing");
        assertThat(rejection(record("\"type\":\"humidity\"")))
                .isEqualTo("field type: unknown value 'humidity'; allowed: gps, location, geofence, geofence_enter,"
                        + " geofence_exit, route_deviation, tamper, door, temperature, temperature_excursion, light,"
                        + " alarm, device_offline, sensor_offline");
        assertThat(rejection(record("\"type\":7"))).isEqualTo("field type: not a string");
        assertThat(rejection("{\"type\":\"gps\",\"device_id\":\"D-1\",\"lat\":1,\"lon\":1}"))
                .isEqualTo("field ts: missing (or time)");
        assertThat(rejection("{\"type\":\"gps\",\"device_id\":\"D-1\",\"lat\":1,\"lon\":1,\"ts\":\"noon\"}"))
                .isEqualTo("field ts: not a date");
        assertThat(rejection("{\"type\":\"gps\",\"device_id\":\"D-1\",\"lat\":1,\"lon\":1,\"time\":1714982400}"))
                .isEqualTo("field time: not a string");
        assertThat(rejection("{\"type\":\"gps\",\"lat\":1,\"lon\":1,\"ts\":\"2024-05-06T09:00:00Z\"}"))
                .isEqualTo("field device_id: missing (a record needs device_id, sensor_id or vehicle_id)");
        assertThat(rejection(record("\"type\":\"gps\",\"vehicle_id\":{\"plate\":\"V-1\"},\"lat\":1,\"lon\":1")))
                .isEqualTo("field vehicle_id: not a string");
        assertThat(rejection(record("\"type\":\"gps\",\"lon\":1"))).isEqualTo("field lat: missing");
        assertThat(rejection(record("\"type\":\"gps\",\"lat\":91.5,\"lon\":1")))
                .isEqualTo("field lat: 91.5 is outside -90 to 90");
        assertThat(rejection(record("\"type\":\"gps\",\"lat\":1,\"lon\":\"-9.1\"")))
                .isEqualTo("field lon: not a number");
        assertThat(rejection(record("\"type\":\"gps\",\"lat\":1,\"lon\":1,\"speed_kmh\":\"fast\"")))
                .isEqualTo("field speed_kmh: not a number");
        assertThat(rejection(record("\"type\":\"tamper\""))).isEqualTo("field state: missing");
        assertThat(rejection(record("\"type\":\"door\",\"state\":\"ajar\"")))
                .isEqualTo("field state: unknown value 'ajar'; allowed: open, closed");
        assertThat(rejection(record("\"type\":\"door\",\"state\":\"open\",\"expected\":\"no\"")))
                .isEqualTo("field expected: not true or false");
        assertThat(rejection(record("\"type\":\"geofence\",\"state\":\"open\"")))
                .isEqualTo("field state: unknown value 'open'; allowed: enter, exit");
        assertThat(rejection(record("\"type\":\"temperature\",\"celsius\":5,\"min_c\":8,\"max_c\":2")))
                .isEqualTo("field min_c: above max_c");
        assertThat(rejection(record("\"type\":\"temperature\""))).isEqualTo("field celsius: missing");
        assertThat(rejection(record("\"type\":\"alarm\""))).isEqualTo("field alarm: missing");
    }

    /** The pharmacy story's physical events all read, and its turning points get the documented severities. */
    @Test
    void thePharmacyDeliveryStoryReplaysThroughThisParser() {
        List<String> lines = samples("pharmacy-delivery-replay.jsonl");
        Map<EventSeverity, Integer> counts = new EnumMap<>(EventSeverity.class);

        for (String line : lines) {
            Event event = event(line);
            counts.merge(event.severity(), 1, Integer::sum);
            assertThat(event.entities()).as(line).isNotEmpty();
        }

        assertThat(lines).hasSize(51);
        assertThat(counts)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        EventSeverity.INFO, 37,
                        EventSeverity.MEDIUM, 6,
                        EventSeverity.HIGH, 6,
                        EventSeverity.CRITICAL, 2));
        assertThat(lines.stream()
                        .map(this::event)
                        .filter(event -> event.severity() == EventSeverity.CRITICAL)
                        .map(Event::summary))
                .containsExactly(
                        "Tamper switch open on FMC650-356307042881745 of BG-41-TX",
                        "Door DIN2 open on DIN-BG41TX-CARGO of BG-41-TX, not expected, seal broken");
    }
}
