package org.vigil.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.vigil.core.anomaly.StoredEvents;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;

/**
 * Reads stored events back whole, raw record included, as the feeds produced them: for a look back at a
 * stream, which measures what the records say (a temperature, a position, bytes sent) exactly as the live
 * monitor did. Rows are handed over one at a time, so a long range never sits in memory at once.
 */
public final class StoredEventReader implements StoredEvents {

    private static final String SELECT = "SELECT e.id, e.event_time, e.received_time, e.source, e.format,"
            + " e.category, e.severity, e.summary, e.techniques, e.entities, e.assets, e.raw FROM event e"
            + " WHERE e.event_time BETWEEN ?2 AND ?3 AND EXISTS (SELECT 1 FROM json_each(e.assets) a"
            + " WHERE substr(a.value, 1, length(?1) + 1) = ?1 || '/') ORDER BY e.event_time, e.seq";

    private final Connection connection;
    private final ObjectMapper json = new ObjectMapper();

    StoredEventReader(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void read(String scenarioId, Instant from, Instant to, Consumer<Event> each) {
        synchronized (connection) {
            try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
                statement.setString(1, scenarioId);
                statement.setLong(2, EventRepository.micros(from));
                statement.setLong(3, EventRepository.micros(to));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        each.accept(event(rows));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read the stored events of " + scenarioId, e);
            }
        }
    }

    @Override
    public boolean withRecords() {
        return true;
    }

    private Event event(ResultSet row) throws SQLException {
        String techniques = row.getString(9);
        String assets = row.getString(11);
        return new Event(
                row.getString(1),
                instant(row.getLong(2)),
                instant(row.getLong(3)),
                row.getString(4),
                FeedFormat.valueOf(row.getString(5)),
                EventCategory.valueOf(row.getString(6)),
                EventSeverity.valueOf(row.getString(7)),
                row.getString(8),
                techniques == null || techniques.isEmpty() ? List.of() : Arrays.asList(techniques.split(" ")),
                entities(row.getString(10)),
                assets == null ? List.of() : strings(assets),
                row.getString(12));
    }

    /** {@code [["IP","203.0.113.9"],["HOST","web01"]]}, as {@link EventInserts} writes them. */
    private List<Entity> entities(String text) throws SQLException {
        List<Entity> entities = new ArrayList<>();
        for (JsonNode pair : tree(text)) {
            entities.add(new Entity(
                    EntityType.valueOf(pair.get(0).asText()), pair.get(1).asText()));
        }
        return entities;
    }

    private List<String> strings(String text) throws SQLException {
        List<String> values = new ArrayList<>();
        tree(text).forEach(value -> values.add(value.asText()));
        return values;
    }

    private JsonNode tree(String text) throws SQLException {
        try {
            return json.readTree(text == null ? "[]" : text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("a stored event's JSON column cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private static Instant instant(long micros) {
        return Instant.EPOCH.plusNanos(micros * 1_000);
    }
}
