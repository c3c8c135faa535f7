package org.vigil.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.feed.ThreatIndicator;

class EventRepositoryTest {

    @TempDir
    Path folder;

    private static Event event(String id, List<String> assets) {
        return event(id, assets, "eve.json", FeedFormat.SURICATA_EVE);
    }

    private static Event event(String id, List<String> assets, String source, FeedFormat format) {
        return new Event(
                id,
                Instant.parse("2026-03-17T10:15:02.123456Z"),
                Instant.parse("2026-11-27T08:00:00Z"),
                source,
                format,
                EventCategory.INTRUSION,
                EventSeverity.HIGH,
                "ET WEB_SERVER SQL injection attempt",
                List.of("T1190"),
                List.of(new Entity(EntityType.IP, "203.0.113.9"), new Entity(EntityType.IP, "10.0.1.10")),
                assets,
                "{\"event_type\":\"alert\"}");
    }

    @Test
    void aBatchStoresEventsOnceAndCountsTheRestAsDuplicates() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            EventRepository events = workspace.events();

            var first =
                    events.write(List.of(event("a", List.of("shop/web")), event("b", List.of())), List.of(), List.of());
            var again =
                    events.write(List.of(event("a", List.of("shop/web")), event("c", List.of())), List.of(), List.of());

            assertThat(first).isEqualTo(new EventRepository.BatchResult(2, 0, 0));
            assertThat(again).isEqualTo(new EventRepository.BatchResult(1, 1, 0));
            assertThat(events.eventCount()).isEqualTo(3);
            assertThat(events.assetsOf("a")).containsExactly("shop/web");
            assertThat(events.unmappedCount()).isEqualTo(2);
        }
    }

    @Test
    void quarantinedRecordsAndIndicatorsAreKeptWithTheirReasons() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            EventRepository events = workspace.events();
            QuarantinedRecord bad = new QuarantinedRecord(
                    "eve.json", 4096, FeedFormat.SURICATA_EVE, "field timestamp: not a date", "{…");
            ThreatIndicator c2 = new ThreatIndicator(
                    "indicator--1", "C2 server", "[ipv4-addr:value = '198.51.100.3']", "stix", Optional.empty(), "{}");

            var result = events.write(List.of(), List.of(bad, bad), List.of(c2, c2));

            assertThat(result.quarantined()).isEqualTo(2);
            assertThat(events.quarantined(10)).containsExactly(bad);
            assertThat(events.indicatorCount()).isEqualTo(1);
        }
    }

    @Test
    void everyEventKeepsItsOwnSourceAndFormatWhetherItsBatchMixesSourcesOrNot() throws Exception {
        // given runs of one source long enough to be written many rows to a statement, and mixed runs
        List<Event> batch = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            batch.add(event("one-" + i, List.of(), "eve.json", FeedFormat.SURICATA_EVE));
        }
        for (int i = 0; i < 150; i++) {
            batch.add(
                    i % 3 == 0
                            ? event("mixed-" + i, List.of(), "zeek/conn.log", FeedFormat.ZEEK)
                            : event("mixed-" + i, List.of(), "eve.json", FeedFormat.SURICATA_EVE));
        }
        for (int i = 0; i < 70; i++) {
            batch.add(event("cef-" + i, List.of("shop/web"), "syslog 'udp' 514", FeedFormat.CEF));
        }
        Path file = folder.resolve("w.db");

        // when they are stored in one batch
        try (Workspace workspace = Workspace.open(file)) {
            var result = workspace.events().write(batch, List.of(), List.of());
            assertThat(result.stored()).isEqualTo(batch.size());
        }

        // then each row holds its own event's source, format and the rest of its fields
        Map<String, String> stored = new HashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT id, source, format, category, summary, assets FROM event ORDER BY seq")) {
            while (rows.next()) {
                stored.put(
                        rows.getString(1),
                        String.join(
                                "|",
                                rows.getString(2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5),
                                String.valueOf(rows.getString(6))));
            }
        }
        assertThat(stored).hasSize(batch.size());
        for (Event event : batch) {
            assertThat(stored.get(event.id()))
                    .as(event.id())
                    .isEqualTo(String.join(
                            "|",
                            event.source(),
                            event.format().name(),
                            event.category().name(),
                            event.summary(),
                            event.assetIds().isEmpty() ? "null" : "[\"shop/web\"]"));
        }
    }

    @Test
    void eventsSurviveClosingAndReopeningTheWorkspace() throws Exception {
        Path file = folder.resolve("w.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.events().write(List.of(event("a", List.of())), List.of(), List.of());
        }
        try (Workspace workspace = Workspace.open(file)) {
            assertThat(workspace.events().eventCount()).isEqualTo(1);
        }
    }
}
