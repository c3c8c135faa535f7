package org.vigil.core.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.model.IncidentState;

/**
 * Events over time for the timeline: stored events in a range of event time, by asset or organisation, with event
 * time and received time kept apart. A range too full to draw event by event is read as counts per lane and time bin,
 * counted by SQLite, so a million events never cross into Java.
 *
 * <p>Events belong to a scenario through their assets ({@code scenario/asset} in the event row). Events that concern no
 * modelled asset belong to every scenario's "unmapped" lane, whose key is null. Every read walks the event-time index
 * over the asked range only; no query needs an index of its own.
 */
public final class EventHistoryRepository {

    /** What a lane stands for. */
    public enum Lanes {
        ASSET,
        ORGANISATION
    }

    /** One event in one lane: an event concerning two assets is in both their lanes. Lane null: unmapped. */
    public record LaneEvent(
            String lane,
            String eventId,
            Instant eventTime,
            Instant receivedTime,
            EventSeverity severity,
            EventCategory category,
            String source,
            String summary) {}

    /** How many events of a lane fall in {@code [start, end)}, and the highest severity among them. */
    public record LaneBin(String lane, Instant start, Instant end, long count, EventSeverity highest) {}

    /** A range's events, or, when there were more than asked for, its bins. */
    public record History(List<LaneEvent> events, List<LaneBin> bins, Duration binWidth) {
        public History {
            events = List.copyOf(events);
            bins = List.copyOf(bins);
        }

        public boolean binned() {
            return !bins.isEmpty();
        }
    }

    /** An incident as the timeline draws it: a bar over its assets' lanes from its first to its last event. */
    public record IncidentSpan(
            String id,
            String ruleId,
            String title,
            EventSeverity severity,
            IncidentState state,
            Instant firstEventTime,
            Instant lastEventTime,
            List<String> assetIds) {
        public IncidentSpan {
            assetIds = List.copyOf(assetIds);
        }
    }

    /** The first and last event time of a scenario's events. */
    public record Extent(Instant first, Instant last) {}

    private static final String RANK = "(CASE e.severity WHEN 'CRITICAL' THEN 4 WHEN 'HIGH' THEN 3"
            + " WHEN 'MEDIUM' THEN 2 WHEN 'LOW' THEN 1 ELSE 0 END)";
    private static final String MAPPED_FROM = " FROM event e, json_each(e.assets) a";
    private static final String ORGANISATION_JOIN =
            " JOIN asset s ON s.scenario_id = ?1 AND s.id = substr(a.value, length(?1) + 2)";
    private static final String MAPPED_WHERE =
            " WHERE e.event_time BETWEEN ?2 AND ?3 AND substr(a.value, 1, length(?1) + 1) = ?1 || '/'";
    private static final String UNMAPPED_FROM_WHERE =
            " FROM event e WHERE e.assets IS NULL AND e.event_time BETWEEN ?2 AND ?3";
    private static final String EVENT_COLUMNS =
            "e.id, e.event_time, e.received_time, e.severity, e.category, e.source, e.summary";

    private final Connection connection;
    private final Sql sql;

    EventHistoryRepository(Connection connection) {
        this.connection = connection;
        this.sql = new Sql(connection);
    }

    /**
     * The scenario's events in {@code [from, to]} of event time when there are at most {@code maxEvents}; otherwise
     * their counts in bins of {@code binWidth}, aligned to multiples of it since the epoch so that panning keeps them.
     */
    public History history(String scenarioId, Instant from, Instant to, Lanes lanes, int maxEvents, Duration binWidth) {
        return read("cannot read the history of " + scenarioId, () -> {
            if (countUpTo(scenarioId, from, to, maxEvents + 1L) <= maxEvents) {
                return new History(selectEvents(scenarioId, from, to, lanes, maxEvents), List.of(), binWidth);
            }
            return new History(List.of(), selectBins(scenarioId, from, to, lanes, binWidth), binWidth);
        });
    }

    /** The scenario's events in {@code [from, to]} of event time by lane, oldest first, at most {@code limit}. */
    public List<LaneEvent> events(String scenarioId, Instant from, Instant to, Lanes lanes, int limit) {
        return read("cannot read the events of " + scenarioId, () -> selectEvents(scenarioId, from, to, lanes, limit));
    }

    /**
     * The events of one source (such as {@code anomaly}) on the scenario's assets in {@code [from, to]} of
     * event time, by lane, oldest first, at most {@code limit}: filtered here, not by reading every event.
     */
    public List<LaneEvent> events(String scenarioId, String source, Instant from, Instant to, Lanes lanes, int limit) {
        return read(
                "cannot read the " + source + " events of " + scenarioId,
                () -> sql.query(
                        "SELECT DISTINCT " + lane(lanes) + " AS lane, " + EVENT_COLUMNS + ", e.seq" + mapped(lanes)
                                + " AND e.source = ?5 ORDER BY 3, 9, 1 LIMIT ?4",
                        EventHistoryRepository::laneEvent,
                        scenarioId,
                        micros(from),
                        micros(to),
                        limit,
                        source));
    }

    /** The scenario's events in {@code [from, to]} counted per lane and bin, bins aligned as in {@link #history}. */
    public List<LaneBin> bins(String scenarioId, Instant from, Instant to, Lanes lanes, Duration binWidth) {
        return read(
                "cannot count the events of " + scenarioId, () -> selectBins(scenarioId, from, to, lanes, binWidth));
    }

    /** How many of the scenario's events, unmapped ones included, lie in {@code [from, to]}, counting no further than {@code atMost}. */
    public long count(String scenarioId, Instant from, Instant to, long atMost) {
        return read("cannot count the events of " + scenarioId, () -> countUpTo(scenarioId, from, to, atMost));
    }

    /** The ids of the scenario's assets that have events in {@code [from, to]}, sorted. */
    public List<String> assetsWithEvents(String scenarioId, Instant from, Instant to) {
        return read(
                "cannot read the assets of " + scenarioId,
                () -> sql.query(
                        "SELECT DISTINCT substr(a.value, length(?1) + 2)" + MAPPED_FROM + MAPPED_WHERE + " ORDER BY 1",
                        row -> row.getString(1),
                        scenarioId,
                        micros(from),
                        micros(to)));
    }

    /**
     * The incidents on the scenario's assets whose first..last event time meets {@code [from, to]}, oldest first, with
     * the scenario's assets only (bare asset ids).
     */
    public List<IncidentSpan> incidents(String scenarioId, Instant from, Instant to, int limit) {
        return read(
                "cannot read the incidents of " + scenarioId,
                () -> sql.query(
                        "SELECT i.id, i.rule_id, i.title, i.severity, i.state, i.first_event_time, i.last_event_time,"
                                + " (SELECT group_concat(x.asset_id, ' ') FROM incident_asset x"
                                + " WHERE x.incident_id = i.id AND x.scenario_id = ?1)"
                                + " FROM incident i"
                                + " WHERE i.first_event_time <= ?3 AND i.last_event_time >= ?2"
                                + " AND EXISTS (SELECT 1 FROM incident_asset y"
                                + " WHERE y.incident_id = i.id AND y.scenario_id = ?1)"
                                + " ORDER BY i.first_event_time, i.id LIMIT ?4",
                        EventHistoryRepository::span,
                        scenarioId,
                        micros(from),
                        micros(to),
                        limit));
    }

    /**
     * The first and last event time of the scenario's events, unmapped ones included (they share its timeline); empty
     * when there are none. Walks the event-time index from either end, stopping at the first match.
     */
    public Optional<Extent> extent(String scenarioId) {
        return read("cannot read the extent of " + scenarioId, () -> {
            Optional<Instant> first = edge(scenarioId, "ASC");
            Optional<Instant> last = edge(scenarioId, "DESC");
            return first.isPresent() && last.isPresent()
                    ? Optional.of(new Extent(first.get(), last.get()))
                    : Optional.empty();
        });
    }

    private Optional<Instant> edge(String scenarioId, String direction) throws SQLException {
        return sql
                .query(
                        "SELECT e.event_time FROM event e WHERE e.assets IS NULL"
                                + " OR EXISTS (SELECT 1 FROM json_each(e.assets) a"
                                + " WHERE substr(a.value, 1, length(?1) + 1) = ?1 || '/')"
                                + " ORDER BY e.event_time " + direction + " LIMIT 1",
                        row -> instant(row.getLong(1)),
                        scenarioId)
                .stream()
                .findFirst();
    }

    private List<LaneEvent> selectEvents(String scenarioId, Instant from, Instant to, Lanes lanes, int limit)
            throws SQLException {
        String mapped = "SELECT DISTINCT " + lane(lanes) + " AS lane, " + EVENT_COLUMNS + ", e.seq" + mapped(lanes);
        String unmapped = "SELECT NULL, " + EVENT_COLUMNS + ", e.seq" + UNMAPPED_FROM_WHERE;
        return sql.query(
                mapped + " UNION ALL " + unmapped + " ORDER BY 3, 9, 1 LIMIT ?4",
                EventHistoryRepository::laneEvent,
                scenarioId,
                micros(from),
                micros(to),
                limit);
    }

    private List<LaneBin> selectBins(String scenarioId, Instant from, Instant to, Lanes lanes, Duration binWidth)
            throws SQLException {
        long width = Math.max(1, binWidth.toNanos() / 1_000);
        String mapped = "SELECT " + lane(lanes) + " AS lane, e.event_time / ?4 AS bin, e.seq AS seq, " + RANK
                + " AS rank" + mapped(lanes);
        String unmapped = "SELECT NULL, e.event_time / ?4, e.seq, " + RANK + UNMAPPED_FROM_WHERE;
        EventSeverity[] severities = EventSeverity.values();
        return sql.query(
                "SELECT lane, bin, COUNT(DISTINCT seq), MAX(rank) FROM (" + mapped + " UNION ALL " + unmapped + ")"
                        + " GROUP BY lane, bin ORDER BY bin, lane",
                row -> new LaneBin(
                        row.getString(1),
                        instant(row.getLong(2) * width),
                        instant((row.getLong(2) + 1) * width),
                        row.getLong(3),
                        severities[row.getInt(4)]),
                scenarioId,
                micros(from),
                micros(to),
                width);
    }

    private long countUpTo(String scenarioId, Instant from, Instant to, long atMost) throws SQLException {
        // Counting stops at atMost rows: asking whether a range is "too full" costs no more than the limit.
        return sql.query(
                        "SELECT COUNT(*) FROM (SELECT e.seq" + mapped(Lanes.ASSET) + " UNION ALL SELECT e.seq"
                                + UNMAPPED_FROM_WHERE + " LIMIT ?4)",
                        row -> row.getLong(1),
                        scenarioId,
                        micros(from),
                        micros(to),
                        atMost)
                .get(0);
    }

    private static String lane(Lanes lanes) {
        return lanes == Lanes.ORGANISATION ? "s.owner_id" : "substr(a.value, length(?1) + 2)";
    }

    private static String mapped(Lanes lanes) {
        return MAPPED_FROM + (lanes == Lanes.ORGANISATION ? ORGANISATION_JOIN : "") + MAPPED_WHERE;
    }

    private static LaneEvent laneEvent(ResultSet row) throws SQLException {
        return new LaneEvent(
                row.getString(1),
                row.getString(2),
                instant(row.getLong(3)),
                instant(row.getLong(4)),
                EventSeverity.valueOf(row.getString(5)),
                EventCategory.valueOf(row.getString(6)),
                row.getString(7),
                row.getString(8));
    }

    private static IncidentSpan span(ResultSet row) throws SQLException {
        String assets = row.getString(8);
        return new IncidentSpan(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                EventSeverity.valueOf(row.getString(4)),
                IncidentState.valueOf(row.getString(5)),
                instant(row.getLong(6)),
                instant(row.getLong(7)),
                assets == null
                        ? List.of()
                        : Arrays.stream(assets.split(" ")).sorted().toList());
    }

    private static long micros(Instant instant) {
        return EventRepository.micros(Objects.requireNonNull(instant, "instant"));
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
