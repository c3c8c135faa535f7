package org.vigil.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.Event;

/**
 * Appends events to the {@code event} table, skipping those whose id is already stored. Statements
 * are prepared once per connection and insert {@link #ROWS} events each: with the sqlite-jdbc
 * driver, every statement execution costs about as much as binding a whole row, so one per event
 * would double the cost of the write. Used under the connection's lock, inside the caller's
 * transaction.
 */
final class EventInserts {

    /** Events per multi-row INSERT; 13 parameters each stays far below SQLite's limit of 32,766. */
    static final int ROWS = 64;

    private static final String COLUMNS = "INSERT OR IGNORE INTO event (key, id, event_time, received_time, source,"
            + " format, category, severity, summary, techniques, entities, assets, raw) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int PARAMETERS = 13;

    private final Connection connection;
    private PreparedStatement many;
    private PreparedStatement one;
    private final StringBuilder json = new StringBuilder(256);

    EventInserts(Connection connection) {
        this.connection = connection;
    }

    /** Inserts the events in their order; returns how many were new. */
    int insert(List<Event> events) throws SQLException {
        int stored = 0;
        int i = 0;
        if (events.size() >= ROWS) {
            if (many == null) {
                many = connection.prepareStatement(COLUMNS + String.join(", ", Collections.nCopies(ROWS, ROW)));
            }
            for (; i + ROWS <= events.size(); i += ROWS) {
                for (int row = 0; row < ROWS; row++) {
                    bind(many, row * PARAMETERS, events.get(i + row));
                }
                stored += many.executeUpdate();
            }
        }
        if (i < events.size() && one == null) {
            one = connection.prepareStatement(COLUMNS + ROW);
        }
        for (; i < events.size(); i++) {
            bind(one, 0, events.get(i));
            stored += one.executeUpdate();
        }
        return stored;
    }

    private void bind(PreparedStatement statement, int offset, Event event) throws SQLException {
        statement.setObject(offset + 1, EventKey.of(event.id()));
        statement.setString(offset + 2, event.id());
        statement.setLong(offset + 3, EventRepository.micros(event.eventTime()));
        statement.setLong(offset + 4, EventRepository.micros(event.receivedTime()));
        statement.setString(offset + 5, event.source());
        statement.setString(offset + 6, event.format().name());
        statement.setString(offset + 7, event.category().name());
        statement.setString(offset + 8, event.severity().name());
        statement.setString(offset + 9, event.summary());
        statement.setString(offset + 10, techniques(event.techniques()));
        statement.setString(offset + 11, entities(event.entities()));
        statement.setString(offset + 12, event.assetIds().isEmpty() ? null : assets(event.assetIds()));
        statement.setString(offset + 13, event.raw());
    }

    /** {@code [["IP","203.0.113.9"],["HOST","web01"]]} */
    private String entities(List<Entity> entities) {
        json.setLength(0);
        json.append('[');
        for (Entity entity : entities) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("[\"").append(entity.type().name()).append("\",");
            string(entity.value());
            json.append(']');
        }
        return json.append(']').toString();
    }

    /** {@code ["retail/web-01","retail/db-01"]} */
    private String assets(List<String> assets) {
        json.setLength(0);
        json.append('[');
        for (String asset : assets) {
            if (json.length() > 1) {
                json.append(',');
            }
            string(asset);
        }
        return json.append(']').toString();
    }

    private void string(String value) {
        json.append('"');
        if (!needsEscaping(value)) {
            json.append(value).append('"'); // the common case, copied whole rather than char by char
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }

    private static boolean needsEscaping(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                return true;
            }
        }
        return false;
    }

    /** The ids separated by spaces; no joiner for the usual none or one. */
    private static String techniques(List<String> techniques) {
        return switch (techniques.size()) {
            case 0 -> "";
            case 1 -> techniques.get(0);
            default -> String.join(" ", techniques);
        };
    }
}
