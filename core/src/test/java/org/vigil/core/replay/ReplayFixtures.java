package org.vigil.core.replay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigil.core.TestScenario;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.json.GenericJsonParser;
import org.vigil.core.feed.suricata.SuricataEveParser;
import org.vigil.core.feed.telemetry.TelemetryParser;
import org.vigil.core.feed.wazuh.WazuhAlertParser;
import org.vigil.core.feed.zeek.ZeekJsonParser;
import org.vigil.core.model.MonitorKind;
import org.vigil.core.model.Scenario;

/** A small scripted story and the parsers to replay it, shared by the replay tests. */
final class ReplayFixtures {

    static final Instant ORIGIN = Instant.parse("2026-11-27T09:00:00Z");
    static final String ENTRA = "entra-signin";
    static final String FLEET = "gps-telematics";

    /** Offsets of {@link #story()}'s timeline, in order: a scan, a TLS session, an alert, a sign-in, a van stop. */
    static final List<Long> OFFSETS = List.of(0L, 120L, 300L, 3_600L, 9_000L);

    private ReplayFixtures() {}

    static Map<FeedFormat, FeedParser> parsers() {
        return Map.of(
                FeedFormat.SURICATA_EVE, new SuricataEveParser(),
                FeedFormat.WAZUH, new WazuhAlertParser(),
                FeedFormat.ZEEK, new ZeekJsonParser(),
                FeedFormat.TELEMETRY, new TelemetryParser(),
                FeedFormat.JSON, new GenericJsonParser());
    }

    static ScriptedEvents scriptedEvents() {
        return new ScriptedEvents(parsers());
    }

    /**
     * Card skimming at Northwind, scripted as its monitors write it: Suricata EVE records, an Entra
     * ID sign-in (no parser of its own) and a Traccar position in Vigil's telemetry schema.
     */
    static Scenario story() {
        return TestScenario.minimal()
                .withMonitor(ENTRA, MonitorKind.POLICY, "Microsoft Entra ID", "Sign-in log")
                .withMonitor(FLEET, MonitorKind.PHYSICAL, "Traccar", "Fleet telematics")
                .withEvent(
                        0,
                        TestScenario.IDS,
                        null,
                        "{\"timestamp\":\"2025-03-17T01:00:00.000000+0000\",\"event_type\":\"flow\","
                                + "\"src_ip\":\"198.51.100.7\",\"src_port\":51544,\"dest_ip\":\"203.0.113.10\","
                                + "\"dest_port\":443,\"proto\":\"TCP\",\"flow\":{\"pkts_toserver\":3,"
                                + "\"pkts_toclient\":0,\"bytes_toserver\":180,\"bytes_toclient\":0,\"state\":\"new\"}}")
                .withEvent(
                        120,
                        TestScenario.IDS,
                        TestScenario.WEB_SERVER,
                        "{\"timestamp\":\"2025-03-17T01:02:00.000000+0000\",\"event_type\":\"tls\","
                                + "\"src_ip\":\"198.51.100.7\",\"dest_ip\":\"203.0.113.10\",\"proto\":\"TCP\","
                                + "\"tls\":{\"sni\":\"shop.northwind.example\",\"version\":\"TLS 1.3\"}}")
                .withEvent(
                        300,
                        TestScenario.IDS,
                        TestScenario.WEB_SERVER,
                        "{\"timestamp\":\"2025-03-17T01:05:00.000000+0000\",\"event_type\":\"alert\","
                                + "\"src_ip\":\"198.51.100.7\",\"dest_ip\":\"203.0.113.10\",\"proto\":\"TCP\","
                                + "\"alert\":{\"action\":\"allowed\",\"signature_id\":2024897,\"severity\":1,"
                                + "\"signature\":\"ET WEB_SERVER Possible SQL Injection Attempt UNION SELECT\"}}")
                .withEvent(
                        3_600,
                        ENTRA,
                        null,
                        "{\"createdDateTime\":\"2025-03-17T02:00:00Z\",\"userPrincipalName\":\"picker01@northwind.example\","
                                + "\"appDisplayName\":\"Warehouse Portal\",\"ipAddress\":\"198.51.100.7\","
                                + "\"riskLevelDuringSignIn\":\"high\",\"status\":{\"errorCode\":0}}")
                .withEvent(
                        9_000,
                        FLEET,
                        null,
                        "{\"type\":\"gps\",\"device_id\":\"FMB920-352093081455102\",\"vehicle_id\":\"AQ-18-RL\","
                                + "\"lat\":38.7566,\"lon\":-9.1047,\"speed_kmh\":0,\"heading\":0,"
                                + "\"geofence\":\"LIS-HUB\",\"ignition\":false,\"ts\":\"2025-03-17T03:30:00Z\"}")
                .toScenario();
    }

    /** Remembers what a replay delivered and reported. */
    static final class Recorder implements ReplaySink, ReplayListener {
        final List<Event> events = new ArrayList<>();
        final List<Integer> indexes = new ArrayList<>();
        final List<ReplayProgress> reports = new ArrayList<>();

        @Override
        public void event(Event event, int index) {
            events.add(event);
            indexes.add(index);
        }

        @Override
        public void changed(ReplayProgress progress) {
            reports.add(progress);
        }

        ReplayProgress last() {
            return reports.get(reports.size() - 1);
        }

        List<String> ids() {
            return events.stream().map(Event::id).toList();
        }
    }
}
