package org.vigil.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.Event;

/**
 * Appends events to the {@code event} table, skipping those whose id is already stored. Statements
 * are prepared once per connection and insert {@link #ROWS} events each: with the sqlite-jdbc
 * driver, every statement execution costs about as much as binding a whole row, so one per event
 * would double the cost of the write. A bound text is copied into native memory, and again by
 * SQLite, so the source and format, which a run of events from one source shares, are bound once
 * per statement ({@code ?1} and {@code ?2}, which every row names). Events from mixed sources go
 * one per statement. Used under the connection's lock, inside the caller's transaction.
 */
final class EventInserts {

    /** Events per multi-row INSERT; 11 parameters each stays far below SQLite's limit of 32,766. */
    static final int ROWS = 64;

    private static final String COLUMNS = "INSERT OR IGNORE INTO event (key, id, event_time, received_time, source,"
            + " format, category, severity, summary, techniques, entities, assets, raw) VALUES ";
    /** The parameters bound once per statement: source and format. */
    private static final int SHARED = 2;
    /** The parameters bound per row. */
    private static final int PER_ROW = 11;

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
        while (i < events.size()) {
            if (i + ROWS <= events.size() && shareSource(events, i)) {
                if (many == null) {
                    many = connection.prepareStatement(COLUMNS + rows(ROWS));
                }
                bindShared(many, events.get(i));
                for (int row = 0; row < ROWS; row++) {
                    bind(many, SHARED + row * PER_ROW, events.get(i + row));
                }
                stored += many.executeUpdate();
                i += ROWS;
            } else {
                if (one == null) {
                    one = connection.prepareStatement(COLUMNS + rows(1));
                }
                Event event = events.get(i);
                bindShared(one, event);
                bind(one, SHARED, event);
                stored += one.executeUpdate();
                i++;
            }
        }
        return stored;
    }

    /** Whether the {@link #ROWS} events from {@code from} share their source and format. */
    private static boolean shareSource(List<Event> events, int from) {
        Event first = events.get(from);
        for (int i = from + 1; i < from + ROWS; i++) {
            Event event = events.get(i);
            if (event.format() != first.format() || !event.source().equals(first.source())) {
                return false;
            }
        }
        return true;
    }

    /** {@code (?3, ?4, ?5, ?6, ?1, ?2, ?7, …), (?14, …)}: each row's own parameters, and the shared ones. */
    private static String rows(int count) {
        StringBuilder sql = new StringBuilder();
        for (int row = 0; row < count; row++) {
            int p = SHARED + row * PER_ROW + 1;
            if (row > 0) {
                sql.append(", ");
            }
            sql.append("(?")
                    .append(p)
                    .append(", ?")
                    .append(p + 1)
                    .append(", ?")
                    .append(p + 2)
                    .append(", ?")
                    .append(p + 3)
                    .append(", ?1, ?2");
            for (int k = 4; k < PER_ROW; k++) {
                sql.append(", ?").append(p + k);
            }
            sql.append(')');
        }
        return sql.toString();
    }

    /** Source and format, {@code ?1} and {@code ?2}: the same for every row of a statement. */
    private static void bindShared(PreparedStatement statement, Event event) throws SQLException {
        statement.setString(1, event.source());
        statement.setString(2, event.format().name());
    }

    private void bind(PreparedStatement statement, int offset, Event event) throws SQLException {
        statement.setObject(offset + 1, EventKey.of(event.id()));
        statement.setString(offset + 2, event.id());
        statement.setLong(offset + 3, EventRepository.micros(event.eventTime()));
        statement.setLong(offset + 4, EventRepository.micros(event.receivedTime()));
        statement.setString(offset + 5, event.category().name());
        statement.setString(offset + 6, event.severity().name());
        statement.setString(offset + 7, event.summary());
        statement.setString(offset + 8, techniques(event.techniques()));
        statement.setString(offset + 9, entities(event.entities()));
        statement.setString(offset + 10, event.assetIds().isEmpty() ? null : assets(event.assetIds()));
        statement.setString(offset + 11, event.raw());
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
