package org.vigil.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.feed.ThreatIndicator;

/**
 * Monitor events, quarantined records and threat indicators. A batch is written in one
 * transaction: after a crash it is there whole or not at all. Events already stored (same id) are
 * counted as duplicates and left as they were.
 */
public final class EventRepository {

    /** What one batch did. */
    public record BatchResult(int stored, int duplicates, int quarantined) {}

    private record Ref(String eventId, String first, String second) {
        void bind(PreparedStatement statement, int position) throws SQLException {
            statement.setString(1, eventId);
            statement.setString(2, first);
            statement.setString(3, second);
        }
    }

    private final Connection connection;
    private final Sql sql;

    EventRepository(Connection connection) {
        this.connection = connection;
        this.sql = new Sql(connection);
    }

    public BatchResult write(
            List<Event> events, List<QuarantinedRecord> quarantined, List<ThreatIndicator> indicators) {
        synchronized (connection) {
            try {
                connection.setAutoCommit(false);
                int stored = insertEvents(events);
                insertQuarantined(quarantined);
                insertIndicators(indicators);
                connection.commit();
                return new BatchResult(stored, events.size() - stored, quarantined.size());
            } catch (SQLException e) {
                rollback();
                throw new StoreException("cannot store a batch of " + events.size() + " events", e);
            } finally {
                autoCommit();
            }
        }
    }

    private int insertEvents(List<Event> batch) throws SQLException {
        // In id order, each index keyed by event id is walked once from left to right, not at random.
        List<Event> events = new ArrayList<>(batch);
        events.sort(Comparator.comparing(Event::id));
        int[] inserted = sql.batchCounts(
                "INSERT OR IGNORE INTO event (id, event_time, received_time, source, format, category, severity,"
                        + " summary, techniques, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                events,
                (s, e, i) -> {
                    s.setString(1, e.id());
                    s.setLong(2, micros(e.eventTime()));
                    s.setLong(3, micros(e.receivedTime()));
                    s.setString(4, e.source());
                    s.setString(5, e.format().name());
                    s.setString(6, e.category().name());
                    s.setString(7, e.severity().name());
                    s.setString(8, e.summary());
                    s.setString(9, String.join(" ", e.techniques()));
                    s.setString(10, e.raw());
                });
        List<Event> fresh = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (inserted[i] > 0) {
                fresh.add(events.get(i));
            }
        }
        List<Ref> entities = new ArrayList<>();
        List<Ref> assets = new ArrayList<>();
        for (Event e : fresh) {
            for (Entity entity : e.entities()) {
                entities.add(new Ref(e.id(), entity.type().name(), entity.value()));
            }
            for (String asset : e.assetIds()) {
                int slash = asset.indexOf('/');
                assets.add(new Ref(e.id(), asset.substring(0, slash), asset.substring(slash + 1)));
            }
        }
        sql.batch(
                "INSERT OR IGNORE INTO event_entity (event_id, type, value) VALUES (?, ?, ?)",
                entities,
                (s, r, i) -> r.bind(s, i));
        sql.batch(
                "INSERT OR IGNORE INTO event_asset (event_id, scenario_id, asset_id) VALUES (?, ?, ?)",
                assets,
                (s, r, i) -> r.bind(s, i));
        return fresh.size();
    }

    private void insertQuarantined(List<QuarantinedRecord> records) throws SQLException {
        long now = micros(Instant.now());
        sql.batch(
                "INSERT OR REPLACE INTO quarantine (source, record_offset, format, reason, excerpt, quarantined_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                records,
                (s, q, i) -> {
                    s.setString(1, q.source());
                    s.setLong(2, q.offset());
                    s.setString(3, q.format().name());
                    s.setString(4, q.reason());
                    s.setString(5, q.excerpt());
                    s.setLong(6, now);
                });
    }

    private void insertIndicators(List<ThreatIndicator> indicators) throws SQLException {
        sql.batch(
                "INSERT OR REPLACE INTO threat_indicator (id, name, pattern, pattern_type, valid_from, raw)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                indicators,
                (s, t, i) -> {
                    s.setString(1, t.id());
                    s.setString(2, t.name());
                    s.setString(3, t.pattern());
                    s.setString(4, t.patternType());
                    if (t.validFrom().isPresent()) {
                        s.setLong(5, micros(t.validFrom().get()));
                    } else {
                        s.setNull(5, Types.INTEGER);
                    }
                    s.setString(6, t.raw());
                });
    }

    public long eventCount() {
        return count("SELECT COUNT(*) FROM event");
    }

    public long quarantineCount() {
        return count("SELECT COUNT(*) FROM quarantine");
    }

    public long indicatorCount() {
        return count("SELECT COUNT(*) FROM threat_indicator");
    }

    /** Events that concern no modelled asset: kept and listed, never dropped. */
    public long unmappedCount() {
        return count(
                "SELECT COUNT(*) FROM event e WHERE NOT EXISTS (SELECT 1 FROM event_asset a WHERE a.event_id = e.id)");
    }

    public List<QuarantinedRecord> quarantined(int limit) {
        synchronized (connection) {
            try {
                return sql.query(
                        "SELECT source, record_offset, format, reason, excerpt FROM quarantine"
                                + " ORDER BY source, record_offset LIMIT ?",
                        row -> new QuarantinedRecord(
                                row.getString(1),
                                row.getLong(2),
                                FeedFormat.valueOf(row.getString(3)),
                                row.getString(4),
                                row.getString(5)),
                        limit);
            } catch (SQLException e) {
                throw new StoreException("cannot read the quarantine", e);
            }
        }
    }

    /** The assets an event concerns, as {@code scenario/asset}. */
    public List<String> assetsOf(String eventId) {
        synchronized (connection) {
            try {
                return sql.query(
                        "SELECT scenario_id || '/' || asset_id FROM event_asset WHERE event_id = ? ORDER BY 1",
                        row -> row.getString(1),
                        eventId);
            } catch (SQLException e) {
                throw new StoreException("cannot read event " + eventId, e);
            }
        }
    }

    private long count(String query) {
        synchronized (connection) {
            try {
                return sql.query(query, row -> row.getLong(1)).get(0);
            } catch (SQLException e) {
                throw new StoreException("cannot count events", e);
            }
        }
    }

    static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the write already failed; its error is the one reported
        }
    }

    private void autoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the next statement reports a broken connection
        }
    }
}
