package org.vigil.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.feed.ReadPosition;
import org.vigil.core.feed.ThreatIndicator;

/**
 * Monitor events, quarantined records and threat indicators. A batch is written in one
 * transaction: after a crash it is there whole or not at all. Events already stored (same id) are
 * counted as duplicates and left as they were.
 *
 * <p>Events are appended in arrival order, one row each with its entities and assets, and kept
 * unique by a compact key of their id ({@link EventKey}): the key index is the only one an insert
 * touches at a random place.
 */
public final class EventRepository {

    /** What one batch did. */
    public record BatchResult(int stored, int duplicates, int quarantined) {}

    private final Connection connection;
    private final Sql sql;
    private final EventInserts inserts;
    private BackgroundCheckpoints checkpoints;
    private boolean checkpointsLookedUp;

    EventRepository(Connection connection) {
        this.connection = connection;
        this.sql = new Sql(connection);
        this.inserts = new EventInserts(connection);
    }

    public BatchResult write(
            List<Event> events, List<QuarantinedRecord> quarantined, List<ThreatIndicator> indicators) {
        return write(events, quarantined, indicators, List.of());
    }

    /**
     * Stores a batch and where its sources have been read up to, in one transaction: after a crash
     * the events and the positions past them are there together or not at all.
     */
    public BatchResult write(
            List<Event> events,
            List<QuarantinedRecord> quarantined,
            List<ThreatIndicator> indicators,
            List<ReadPosition> positions) {
        synchronized (connection) {
            try {
                connection.setAutoCommit(false);
                int stored = inserts.insert(events);
                insertQuarantined(quarantined);
                insertIndicators(indicators);
                insertPositions(positions);
                connection.commit();
                if (events.size() >= BackgroundCheckpoints.AFTER_EVENTS) {
                    checkpointInBackground();
                }
                return new BatchResult(stored, events.size() - stored, quarantined.size());
            } catch (SQLException e) {
                rollback();
                throw new StoreException("cannot store a batch of " + events.size() + " events", e);
            } finally {
                autoCommit();
            }
        }
    }

    /** Big batches have the log copied into the file by another thread; see {@link BackgroundCheckpoints}. */
    private void checkpointInBackground() {
        if (!checkpointsLookedUp) {
            checkpointsLookedUp = true;
            checkpoints = BackgroundCheckpoints.of(connection);
        }
        if (checkpoints != null) {
            checkpoints.committed();
        }
    }

    private void insertPositions(List<ReadPosition> positions) throws SQLException {
        if (positions.isEmpty()) {
            return;
        }
        sql.batch(
                "INSERT OR REPLACE INTO read_position (source, file_identity, byte_offset) VALUES (?, ?, ?)",
                positions,
                (s, p, i) -> {
                    s.setString(1, p.source());
                    s.setString(2, p.fileIdentity());
                    s.setLong(3, p.offset());
                });
    }

    private void insertQuarantined(List<QuarantinedRecord> records) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
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
        if (indicators.isEmpty()) {
            return;
        }
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

    /** Where a followed source was last read up to, if it was ever followed. */
    public Optional<ReadPosition> readPosition(String source) {
        synchronized (connection) {
            try {
                return sql
                        .query(
                                "SELECT source, file_identity, byte_offset FROM read_position WHERE source = ?",
                                row -> new ReadPosition(row.getString(1), row.getString(2), row.getLong(3)),
                                source)
                        .stream()
                        .findFirst();
            } catch (SQLException e) {
                throw new StoreException("cannot read the position of " + source, e);
            }
        }
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
        return count("SELECT COUNT(*) FROM event WHERE assets IS NULL");
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
                        "SELECT a.value FROM event e, json_each(e.assets) a WHERE e.key = ? ORDER BY 1",
                        row -> row.getString(1),
                        EventKey.of(eventId));
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
