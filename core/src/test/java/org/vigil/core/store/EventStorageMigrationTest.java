package org.vigil.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.store.WorkspaceFixtures.plainJdbc;
import static org.vigil.core.store.WorkspaceFixtures.tables;
import static org.vigil.core.store.WorkspaceFixtures.workspaceFile;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventIds;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.model.Detection;
import org.vigil.core.model.Incident;

/** Version 4 moves events from the version 2/3 tables (a row per event, entity and asset) into one row each. */
class EventStorageMigrationTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-27T08:00:00Z");

    @TempDir
    Path folder;

    private static Event event(String id, long second, List<Entity> entities, List<String> assets, String raw) {
        return new Event(
                id,
                Instant.parse("2026-03-17T10:15:00.123456Z").plusSeconds(second),
                RECEIVED,
                "/var/log/suricata/eve.json",
                FeedFormat.SURICATA_EVE,
                EventCategory.INTRUSION,
                EventSeverity.HIGH,
                "ET WEB_SERVER SQL injection \"UNION SELECT\"",
                List.of("T1190", "T1059"),
                entities,
                assets,
                raw);
    }

    /** Three kinds: entities and assets, neither, and an id not made by EventIds with odd values. */
    private static List<Event> events() {
        String line = "{\"event_type\":\"alert\",\"src_ip\":\"203.0.113.9\"}";
        return List.of(
                event(
                        EventIds.of(FeedFormat.SURICATA_EVE, line, 0),
                        0,
                        List.of(new Entity(EntityType.IP, "203.0.113.9"), new Entity(EntityType.IP, "10.20.1.5")),
                        List.of("retail/web-01"),
                        line),
                event(EventIds.of(FeedFormat.SURICATA_EVE, line, 1), 1, List.of(), List.of(), "{}"),
                event(
                        "scripted-7",
                        2,
                        List.of(
                                new Entity(EntityType.URL, "http://shop.example/?q=\"a\\b\""),
                                new Entity(EntityType.USER, "CORP\\ana")),
                        List.of("retail/db-01", "bank/core"),
                        "line with \"quotes\" and ünïcödé"));
    }

    /** Writes events the way schema versions 2 and 3 stored them. */
    private static void storeTheVersion3Way(Path file, List<Event> events) throws SQLException {
        try (Connection c = plainJdbc(file);
                PreparedStatement event = c.prepareStatement(
                        "INSERT INTO event (id, event_time, received_time, source, format, category, severity, summary,"
                                + " techniques, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement entity =
                        c.prepareStatement("INSERT INTO event_entity (event_id, type, value) VALUES (?, ?, ?)");
                PreparedStatement asset = c.prepareStatement(
                        "INSERT INTO event_asset (event_id, scenario_id, asset_id) VALUES (?, ?, ?)")) {
            for (Event e : events) {
                event.setString(1, e.id());
                event.setLong(2, EventRepository.micros(e.eventTime()));
                event.setLong(3, EventRepository.micros(e.receivedTime()));
                event.setString(4, e.source());
                event.setString(5, e.format().name());
                event.setString(6, e.category().name());
                event.setString(7, e.severity().name());
                event.setString(8, e.summary());
                event.setString(9, String.join(" ", e.techniques()));
                event.setString(10, e.raw());
                event.executeUpdate();
                for (Entity n : e.entities()) {
                    entity.setString(1, e.id());
                    entity.setString(2, n.type().name());
                    entity.setString(3, n.value());
                    entity.executeUpdate();
                }
                for (String a : e.assetIds()) {
                    asset.setString(1, e.id());
                    asset.setString(2, a.substring(0, a.indexOf('/')));
                    asset.setString(3, a.substring(a.indexOf('/') + 1));
                    asset.executeUpdate();
                }
            }
        }
    }

    private static List<String> rows(Path file, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = plainJdbc(file);
                ResultSet r = c.createStatement().executeQuery(query)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(r.getString(i));
                }
                rows.add(String.join(" | ", values));
            }
        }
        return rows;
    }

    @Test
    void aVersion3WorkspaceKeepsEveryEventWithItsEntitiesAndAssets() throws Exception {
        // given a workspace at version 3 holding events the version 3 way
        Path file = workspaceFile(folder);
        List<Event> events = events();
        try (Workspace v3 = Workspace.open(file, WorkspaceSchema.migrations().subList(0, 3))) {
            assertThat(v3.schemaVersion()).isEqualTo(3);
        }
        storeTheVersion3Way(file, events);
        List<String> before = rows(
                file,
                "SELECT id, event_time, received_time, source, format, category, severity, summary, techniques, raw"
                        + " FROM event ORDER BY id");
        List<String> entitiesBefore = rows(file, "SELECT event_id, type, value FROM event_entity ORDER BY 1, 2, 3");
        List<String> assetsBefore =
                rows(file, "SELECT event_id, scenario_id, asset_id FROM event_asset ORDER BY 1, 2, 3");

        // when a build of version 8 opens it (version 9 gives these events new ids: EventIdsMigrationTest)
        try (Workspace current =
                Workspace.open(file, WorkspaceSchema.migrations().subList(0, 8))) {

            // then every event is there with all it had, its entities and its assets
            assertThat(current.schemaVersion()).isEqualTo(8);
            EventRepository repository = current.events();
            assertThat(repository.eventCount()).isEqualTo(3);
            assertThat(repository.unmappedCount()).isEqualTo(1);
            assertThat(repository.assetsOf(events.get(0).id())).containsExactly("retail/web-01");
            assertThat(repository.assetsOf(events.get(1).id())).isEmpty();
            assertThat(repository.assetsOf("scripted-7")).containsExactly("bank/core", "retail/db-01");

            // and the same events written again are recognised as stored
            assertThat(repository.write(events, List.of(), List.of()))
                    .isEqualTo(new EventRepository.BatchResult(0, 3, 0));

            // and incidents find their entities and assets in the moved rows
            Detection detection = new Detection(
                    "rule-1",
                    "SQL injection",
                    EventSeverity.HIGH,
                    "rule-1",
                    Map.of(),
                    List.of(events.get(0).id(), "scripted-7"),
                    List.of("T1190"),
                    events.get(0).eventTime(),
                    events.get(2).eventTime());
            current.incidents().record(detection, "incident-1", RECEIVED, "vigil");
            Incident incident = current.incidents().find("incident-1").orElseThrow();
            assertThat(incident.eventIds()).containsExactly(events.get(0).id(), "scripted-7");
            assertThat(incident.summary().assetIds()).containsExactly("bank/core", "retail/db-01", "retail/web-01");
            assertThat(incident.entities())
                    .containsExactlyInAnyOrder(
                            new Entity(EntityType.IP, "203.0.113.9"),
                            new Entity(EntityType.IP, "10.20.1.5"),
                            new Entity(EntityType.URL, "http://shop.example/?q=\"a\\b\""),
                            new Entity(EntityType.USER, "CORP\\ana"));
        }
        assertThat(rows(
                        file,
                        "SELECT id, event_time, received_time, source, format, category, severity, summary, techniques,"
                                + " raw FROM event ORDER BY id"))
                .isEqualTo(before);
        assertThat(rows(file, "SELECT event_id, type, value FROM event_entity ORDER BY 1, 2, 3"))
                .isEqualTo(entitiesBefore);
        assertThat(rows(file, "SELECT event_id, scenario_id, asset_id FROM event_asset ORDER BY 1, 2, 3"))
                .isEqualTo(assetsBefore);
        assertThat(tables(file)).contains("event").doesNotContain("event_v4", "event_entity", "event_asset");
    }

    @Test
    void eventsStoredByVersion4ReadTheSameThroughTheViews() throws Exception {
        // given
        Path file = workspaceFile(folder);
        List<Event> events = events();

        // when
        try (Workspace workspace = Workspace.open(file)) {
            workspace.events().write(events, List.of(), List.of());
        }

        // then the views show what version 3 kept in its tables
        Path v3 = folder.resolve("v3.vigil");
        try (Workspace old = Workspace.open(v3, WorkspaceSchema.migrations().subList(0, 3))) {
            assertThat(old.schemaVersion()).isEqualTo(3);
        }
        storeTheVersion3Way(v3, events);
        String entities = "SELECT event_id, type, value FROM event_entity ORDER BY 1, 2, 3";
        String assets = "SELECT event_id, scenario_id, asset_id FROM event_asset ORDER BY 1, 2, 3";
        assertThat(rows(file, entities)).isEqualTo(rows(v3, entities)).hasSize(4);
        assertThat(rows(file, assets)).isEqualTo(rows(v3, assets)).hasSize(3);
    }
}
