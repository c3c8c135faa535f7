package org.vigil.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.model.IncidentChange;
import org.vigil.core.model.IncidentState;

/**
 * What the situation dashboard asks of the workspace: each feed's recent rate, lag and quarantined
 * records, incident counts, and what changed in the last hour. Times are received times and change
 * times as stored; "now" is the caller's, so a replayed workspace is read on its own clock.
 */
public final class ActivityRepository {

    /** The short window a feed's rate is counted over. */
    public static final Duration SHORT_WINDOW = Duration.ofMinutes(5);
    /** The long window: rates, quarantines in the last hour and what changed. */
    public static final Duration LONG_WINDOW = Duration.ofMinutes(60);
    /** How many of a source's latest events its lag is measured over. */
    public static final int LAG_SAMPLE = 500;

    /**
     * One feed source (a file, a listener, a replayed monitor) as stored: events received in the last
     * 5 and 60 minutes, its latest event, the lag (received − event time) over its latest events and
     * its quarantined records. A source that only ever had records quarantined has no events and no lag.
     */
    public record SourceActivity(
            String source,
            FeedFormat format,
            long eventsShortWindow,
            long eventsLongWindow,
            Optional<Instant> lastReceived,
            Optional<Duration> medianLag,
            Optional<Duration> p95Lag,
            int lagSampleSize,
            long quarantined,
            long quarantinedLongWindow,
            Optional<String> latestQuarantineReason,
            Optional<Instant> latestQuarantinedAt) {

        public SourceActivity {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(lastReceived, "lastReceived");
            Objects.requireNonNull(medianLag, "medianLag");
            Objects.requireNonNull(p95Lag, "p95Lag");
            Objects.requireNonNull(latestQuarantineReason, "latestQuarantineReason");
            Objects.requireNonNull(latestQuarantinedAt, "latestQuarantinedAt");
        }

        /** Events per minute over the short window. */
        public double shortRatePerMinute() {
            return eventsShortWindow / (double) SHORT_WINDOW.toMinutes();
        }

        /** Events per minute over the long window. */
        public double longRatePerMinute() {
            return eventsLongWindow / (double) LONG_WINDOW.toMinutes();
        }
    }

    /** How many incidents have a severity and a state. */
    public record IncidentCount(EventSeverity severity, IncidentState state, long count) {}

    /**
     * A line of an incident's audit trail with the incident it belongs to: an incident raised
     * ({@link IncidentChange.Kind#CREATED}) or moved to {@code state} by {@code author}.
     */
    public record IncidentActivity(
            Instant at,
            String incidentId,
            String ruleId,
            String title,
            EventSeverity severity,
            IncidentChange.Kind kind,
            String author,
            Optional<IncidentState> state) {

        public IncidentActivity {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(incidentId, "incidentId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(state, "state");
        }
    }

    // The index event_by_source_received (V7) makes each of these a lookup or a short range scan.
    private static final String DISTINCT_SOURCES = "WITH RECURSIVE s(source) AS ("
            + " SELECT MIN(source) FROM event"
            + " UNION ALL SELECT (SELECT MIN(e.source) FROM event e WHERE e.source > s.source) FROM s"
            + " WHERE s.source IS NOT NULL)"
            + " SELECT source FROM s WHERE source IS NOT NULL";
    private static final String COUNT_RECEIVED =
            "SELECT COUNT(*) FROM event WHERE source = ? AND received_time > ? AND received_time <= ?";
    private static final String LATEST = "SELECT received_time, event_time, format FROM event WHERE source = ?"
            + " ORDER BY received_time DESC LIMIT ?";

    private final Connection connection;
    private final Sql sql;

    ActivityRepository(Connection connection) {
        this.connection = connection;
        this.sql = new Sql(connection);
    }

    /** Every source that sent events or had records quarantined, by source name, as of {@code now}. */
    public List<SourceActivity> sources(Instant now) {
        long nowMicros = EventRepository.micros(now);
        long shortStart = EventRepository.micros(now.minus(SHORT_WINDOW));
        long longStart = EventRepository.micros(now.minus(LONG_WINDOW));
        return read("cannot read the feeds' activity", () -> {
            Map<String, Quarantine> quarantines = quarantines(longStart);
            TreeMap<String, SourceActivity> found = new TreeMap<>();
            for (String source : sql.query(DISTINCT_SOURCES, row -> row.getString(1))) {
                found.put(source, activity(source, nowMicros, shortStart, longStart, quarantines.get(source)));
            }
            quarantines.forEach((source, q) -> found.computeIfAbsent(source, s -> quarantinedOnly(s, q)));
            return List.copyOf(found.values());
        });
    }

    private SourceActivity activity(String source, long now, long shortStart, long longStart, Quarantine q)
            throws SQLException {
        long inShort = sql.query(COUNT_RECEIVED, row -> row.getLong(1), source, shortStart, now)
                .get(0);
        long inLong = sql.query(COUNT_RECEIVED, row -> row.getLong(1), source, longStart, now)
                .get(0);
        List<long[]> latest = sql.query(LATEST, row -> new long[] {row.getLong(1), row.getLong(2)}, source, LAG_SAMPLE);
        String format = sql.query(LATEST, row -> row.getString(3), source, 1).get(0);
        long[] lags = latest.stream().mapToLong(r -> r[0] - r[1]).sorted().toArray();
        return new SourceActivity(
                source,
                FeedFormat.valueOf(format),
                inShort,
                inLong,
                Optional.of(instant(latest.get(0)[0])),
                Optional.of(percentile(lags, 50)),
                Optional.of(percentile(lags, 95)),
                lags.length,
                q == null ? 0 : q.count(),
                q == null ? 0 : q.recent(),
                q == null ? Optional.empty() : Optional.of(q.latestReason()),
                q == null ? Optional.empty() : Optional.of(instant(q.latestAt())));
    }

    private static SourceActivity quarantinedOnly(String source, Quarantine q) {
        return new SourceActivity(
                source,
                q.format(),
                0,
                0,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0,
                q.count(),
                q.recent(),
                Optional.of(q.latestReason()),
                Optional.of(instant(q.latestAt())));
    }

    /** Nearest rank: the smallest lag at least {@code percent} % of the sample do not exceed. */
    static Duration percentile(long[] sortedMicros, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sortedMicros.length);
        long micros = sortedMicros[Math.max(0, rank - 1)];
        return Duration.ofSeconds(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L);
    }

    private record Quarantine(long count, long recent, long latestAt, String latestReason, FeedFormat format) {}

    /** Quarantine times are when the record was stored, by the ingesting machine's clock. */
    private Map<String, Quarantine> quarantines(long since) throws SQLException {
        Map<String, Quarantine> bySource = new LinkedHashMap<>();
        sql.query(
                "SELECT q.source, COUNT(*), SUM(q.quarantined_at >= ?), MAX(q.quarantined_at), l.reason, l.format"
                        + " FROM quarantine q JOIN quarantine l ON l.rowid = (SELECT x.rowid FROM quarantine x"
                        + " WHERE x.source = q.source ORDER BY x.quarantined_at DESC, x.record_offset DESC LIMIT 1)"
                        + " GROUP BY q.source",
                row -> bySource.put(
                        row.getString(1),
                        new Quarantine(
                                row.getLong(2),
                                row.getLong(3),
                                row.getLong(4),
                                row.getString(5),
                                FeedFormat.valueOf(row.getString(6)))),
                since);
        return bySource;
    }

    /**
     * Incidents counted by severity and state; with a scenario, only those concerning one of its
     * assets.
     */
    public List<IncidentCount> incidentCounts(Optional<String> scenarioId) {
        return read(
                "cannot count incidents",
                () -> sql.query(
                        "SELECT i.severity, i.state, COUNT(*) FROM incident i WHERE " + inScenario("?1")
                                + " GROUP BY i.severity, i.state ORDER BY i.severity, i.state",
                        row -> new IncidentCount(
                                EventSeverity.valueOf(row.getString(1)),
                                IncidentState.valueOf(row.getString(2)),
                                row.getLong(3)),
                        scenarioId.orElse(null)));
    }

    /**
     * Incidents raised and moved between states from {@code from} (exclusive) to {@code to}
     * (inclusive), newest first, at most {@code limit}; with a scenario, only incidents concerning
     * one of its assets.
     */
    public List<IncidentActivity> incidentChanges(Instant from, Instant to, Optional<String> scenarioId, int limit) {
        return read(
                "cannot read the incidents' changes",
                () -> sql.query(
                        "SELECT c.changed_at, i.id, i.rule_id, i.title, i.severity, c.kind, c.author, c.detail"
                                + " FROM incident_change c JOIN incident i ON i.id = c.incident_id"
                                + " WHERE c.changed_at > ?2 AND c.changed_at <= ?3"
                                + " AND c.kind IN ('CREATED', 'STATE_CHANGED') AND " + inScenario("?1")
                                + " ORDER BY c.changed_at DESC, i.id, c.seq DESC LIMIT ?4",
                        row -> {
                            IncidentChange.Kind kind = IncidentChange.Kind.valueOf(row.getString(6));
                            String detail = row.getString(8);
                            return new IncidentActivity(
                                    instant(row.getLong(1)),
                                    row.getString(2),
                                    row.getString(3),
                                    row.getString(4),
                                    EventSeverity.valueOf(row.getString(5)),
                                    kind,
                                    row.getString(7),
                                    kind == IncidentChange.Kind.STATE_CHANGED
                                            ? Arrays.stream(IncidentState.values())
                                                    .filter(s -> s.name().equals(detail))
                                                    .findFirst()
                                            : Optional.empty());
                        },
                        scenarioId.orElse(null),
                        EventRepository.micros(from),
                        EventRepository.micros(to),
                        limit));
    }

    private static String inScenario(String parameter) {
        return "(" + parameter + " IS NULL OR EXISTS (SELECT 1 FROM incident_asset a WHERE a.incident_id = i.id"
                + " AND a.scenario_id = " + parameter + "))";
    }

    private static Instant instant(long micros) {
        return Instant.EPOCH.plusNanos(micros * 1_000);
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T read(String failure, Work<T> work) {
        synchronized (connection) {
            try {
                return work.run();
            } catch (SQLException e) {
                throw new StoreException(failure, e);
            }
        }
    }
}
