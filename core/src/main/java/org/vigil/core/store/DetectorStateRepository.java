package org.vigil.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.core.anomaly.DetectorKind;
import org.vigil.core.anomaly.Metric;
import org.vigil.core.anomaly.MonitorState;
import org.vigil.core.anomaly.StreamKey;
import org.vigil.core.anomaly.StreamState;

/**
 * The anomaly monitor's state in the workspace: one row per metric stream (detector snapshot, stream
 * state, kind, last update) and the monitor's clock. A save is one transaction, so after a crash the
 * workspace holds one whole save or the one before.
 */
public final class DetectorStateRepository {

    private final Connection connection;
    private final Sql sql;

    DetectorStateRepository(Connection connection) {
        this.connection = connection;
        this.sql = new Sql(connection);
    }

    /** Writes the streams given, deletes those forgotten and sets the clock, in one transaction. */
    public void save(MonitorState state, Instant now) {
        long updated = micros(now);
        synchronized (connection) {
            try {
                connection.setAutoCommit(false);
                sql.batch(
                        "INSERT INTO anomaly_stream (stream, asset, metric, qualifier, detector, snapshot, state,"
                                + " last_seen, last_tick, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                + " ON CONFLICT (stream) DO UPDATE SET detector = excluded.detector,"
                                + " snapshot = excluded.snapshot, state = excluded.state,"
                                + " last_seen = excluded.last_seen, last_tick = excluded.last_tick,"
                                + " updated_at = excluded.updated_at",
                        state.streams(),
                        (s, stream, i) -> {
                            StreamKey key = stream.key();
                            s.setString(1, key.id());
                            s.setString(2, key.asset());
                            s.setString(3, key.metric().wireName());
                            s.setString(4, key.qualifier());
                            s.setString(5, stream.kind().name());
                            s.setBytes(6, stream.detector());
                            s.setBytes(7, stream.stream());
                            s.setLong(8, micros(stream.lastSeen()));
                            s.setLong(9, stream.lastTick());
                            s.setLong(10, updated);
                        });
                sql.batch(
                        "DELETE FROM anomaly_stream WHERE stream = ?",
                        state.forgotten(),
                        (s, key, i) -> s.setString(1, key.id()));
                sql.update(
                        "INSERT INTO anomaly_monitor (id, clock, updated_at) VALUES (1, ?, ?)"
                                + " ON CONFLICT (id) DO UPDATE SET clock = excluded.clock,"
                                + " updated_at = excluded.updated_at",
                        state.clock().map(Instant::toString).orElse(null),
                        updated);
                connection.commit();
            } catch (SQLException e) {
                rollback();
                throw new StoreException(
                        "cannot save the state of " + state.streams().size() + " streams", e);
            } finally {
                autoCommit();
            }
        }
    }

    /**
     * Everything saved, streams in least-recently-fed order. A row naming a metric or detector this
     * build does not know is left out; the monitor starts such a stream afresh.
     */
    public MonitorState load() {
        synchronized (connection) {
            try {
                List<Optional<StreamState>> rows = sql.query(
                        "SELECT asset, metric, qualifier, detector, snapshot, state, last_seen, last_tick"
                                + " FROM anomaly_stream ORDER BY last_tick, stream",
                        row -> stream(
                                row.getString(1),
                                row.getString(2),
                                row.getString(3),
                                row.getString(4),
                                row.getBytes(5),
                                row.getBytes(6),
                                row.getLong(7),
                                row.getLong(8)));
                List<StreamState> streams = new ArrayList<>(rows.size());
                rows.forEach(row -> row.ifPresent(streams::add));
                Optional<Instant> clock = sql
                        .query(
                                "SELECT clock FROM anomaly_monitor WHERE id = 1",
                                row -> Optional.ofNullable(row.getString(1)))
                        .stream()
                        .findFirst()
                        .flatMap(text -> text.flatMap(DetectorStateRepository::instant));
                return new MonitorState(clock, streams, List.of());
            } catch (SQLException e) {
                throw new StoreException("cannot read the anomaly detectors' state", e);
            }
        }
    }

    /** How many streams are saved. */
    public int streamCount() {
        synchronized (connection) {
            try {
                return sql.query("SELECT COUNT(*) FROM anomaly_stream", row -> row.getInt(1))
                        .get(0);
            } catch (SQLException e) {
                throw new StoreException("cannot count the anomaly streams", e);
            }
        }
    }

    private static Optional<StreamState> stream(
            String asset,
            String metricName,
            String qualifier,
            String detectorName,
            byte[] snapshot,
            byte[] state,
            long lastSeen,
            long lastTick) {
        Optional<Metric> metric = Metric.of(metricName);
        DetectorKind kind;
        try {
            kind = DetectorKind.valueOf(detectorName);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (metric.isEmpty() || snapshot == null || state == null || asset.indexOf('/') < 1) {
            return Optional.empty();
        }
        return Optional.of(new StreamState(
                new StreamKey(asset, metric.get(), qualifier),
                kind,
                snapshot,
                state,
                Instant.EPOCH.plus(lastSeen, ChronoUnit.MICROS),
                lastTick));
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the save already failed; its error is the one reported
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
