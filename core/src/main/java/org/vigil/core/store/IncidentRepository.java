package org.vigil.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.model.Detection;
import org.vigil.core.model.Incident;
import org.vigil.core.model.IncidentChange;
import org.vigil.core.model.IncidentEvent;
import org.vigil.core.model.IncidentNote;
import org.vigil.core.model.IncidentState;
import org.vigil.core.model.IncidentSummary;

/**
 * Incidents with their events, assets, entities, techniques, notes and audit trail. Each change is
 * one transaction that also appends its line to the trail, so the trail is never behind the
 * incident. Assets and entities are taken from the stored events, which are always written first.
 */
public final class IncidentRepository {

    /** What recording a detection did. */
    public enum Outcome {
        CREATED,
        EVENTS_ADDED,
        UNCHANGED
    }

    public record Recorded(String incidentId, Outcome outcome) {}

    /** One event of an incident with what a detail pane shows beside its times: category, assets, entities. */
    public record EventDetail(
            IncidentEvent event, EventCategory category, List<String> assetIds, List<Entity> entities) {
        public EventDetail {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(category, "category");
            assetIds = List.copyOf(assetIds);
            entities = List.copyOf(entities);
        }
    }

    /** An entity an incident's events name, with how many of them name it. */
    public record EntityCount(Entity entity, int events) {
        public EntityCount {
            Objects.requireNonNull(entity, "entity");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> GROUP = new TypeReference<>() {};
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<List<String>>> PAIRS = new TypeReference<>() {};

    private static final String SUMMARY_COLUMNS = "i.id, i.rule_id, i.title, i.severity, i.state,"
            + " i.first_event_time, i.last_event_time, i.updated_at,"
            + " (SELECT COUNT(*) FROM incident_event e WHERE e.incident_id = i.id),"
            + " (SELECT group_concat(a.scenario_id || '/' || a.asset_id, ' ') FROM incident_asset a"
            + " WHERE a.incident_id = i.id),"
            + " (SELECT group_concat(t.technique, ' ') FROM incident_technique t WHERE t.incident_id = i.id)";

    private final Connection connection;
    private final Sql sql;

    IncidentRepository(Connection connection) {
        this.connection = connection;
        this.sql = new Sql(connection);
    }

    /**
     * Adds a detection to the open incident of the same rule and group, or opens a new incident with
     * the given id. An id already used (the same detection read again, its incident since resolved)
     * changes nothing.
     */
    public Recorded record(Detection detection, String newId, Instant at, String author) {
        return inTransaction("cannot record incident " + newId, () -> {
            Optional<String> open = sql
                    .query(
                            "SELECT id FROM incident WHERE group_key = ? AND state <> 'RESOLVED'"
                                    + " ORDER BY created_at DESC LIMIT 1",
                            row -> row.getString(1),
                            detection.groupKey())
                    .stream()
                    .findFirst();
            if (open.isPresent()) {
                int added = addEvidence(open.get(), detection);
                if (added == 0) {
                    return new Recorded(open.get(), Outcome.UNCHANGED);
                }
                touch(open.get(), at);
                appendChange(open.get(), at, author, IncidentChange.Kind.EVENTS_ADDED, Integer.toString(added));
                return new Recorded(open.get(), Outcome.EVENTS_ADDED);
            }
            int created = sql.update(
                    "INSERT OR IGNORE INTO incident (id, rule_id, title, severity, state, group_key, group_fields,"
                            + " first_event_time, last_event_time, created_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    newId,
                    detection.ruleId(),
                    detection.title(),
                    detection.severity().name(),
                    IncidentState.NEW.name(),
                    detection.groupKey(),
                    json(detection.group()),
                    EventRepository.micros(detection.firstEventTime()),
                    EventRepository.micros(detection.lastEventTime()),
                    EventRepository.micros(at),
                    EventRepository.micros(at));
            if (created == 0) {
                return new Recorded(newId, Outcome.UNCHANGED);
            }
            int added = addEvidence(newId, detection);
            appendChange(newId, at, author, IncidentChange.Kind.CREATED, Integer.toString(added));
            return new Recorded(newId, Outcome.CREATED);
        });
    }

    /** Returns how many events were new to the incident. */
    private int addEvidence(String id, Detection detection) throws SQLException {
        int[] added = sql.batchCounts(
                "INSERT OR IGNORE INTO incident_event (incident_id, event_id, event_time)"
                        + " SELECT ?1, id, event_time FROM event WHERE key = " + EventKey.sql("?2"),
                detection.eventIds(),
                (s, eventId, i) -> {
                    s.setString(1, id);
                    s.setString(2, eventId);
                });
        int fresh = Arrays.stream(added).map(n -> Math.max(n, 0)).sum();
        if (fresh == 0) {
            return 0;
        }
        sql.batch(
                "INSERT OR IGNORE INTO incident_asset (incident_id, scenario_id, asset_id)"
                        + " SELECT ?1, substr(a.value, 1, instr(a.value, '/') - 1),"
                        + " substr(a.value, instr(a.value, '/') + 1)"
                        + " FROM event e, json_each(e.assets) a WHERE e.key = " + EventKey.sql("?2"),
                detection.eventIds(),
                (s, eventId, i) -> {
                    s.setString(1, id);
                    s.setString(2, eventId);
                });
        sql.batch(
                "INSERT OR IGNORE INTO incident_entity (incident_id, type, value)"
                        + " SELECT ?1, json_extract(n.value, '$[0]'), json_extract(n.value, '$[1]')"
                        + " FROM event e, json_each(e.entities) n WHERE e.key = " + EventKey.sql("?2"),
                detection.eventIds(),
                (s, eventId, i) -> {
                    s.setString(1, id);
                    s.setString(2, eventId);
                });
        sql.batch(
                "INSERT OR IGNORE INTO incident_technique (incident_id, technique) VALUES (?, ?)",
                detection.techniques(),
                (s, technique, i) -> {
                    s.setString(1, id);
                    s.setString(2, technique);
                });
        sql.update(
                "UPDATE incident SET"
                        + " first_event_time = (SELECT MIN(event_time) FROM incident_event WHERE incident_id = ?),"
                        + " last_event_time = (SELECT MAX(event_time) FROM incident_event WHERE incident_id = ?)"
                        + " WHERE id = ?",
                id,
                id,
                id);
        return fresh;
    }

    /**
     * Moves an incident from one state to another. Returns false, changing nothing, if it is no longer
     * in the state the caller saw (someone else moved it meanwhile).
     */
    public boolean changeState(String id, IncidentState from, IncidentState to, Instant at, String author) {
        return inTransaction("cannot change incident " + id, () -> {
            int changed = sql.update(
                    "UPDATE incident SET state = ?, updated_at = ? WHERE id = ? AND state = ?",
                    to.name(),
                    EventRepository.micros(at),
                    id,
                    from.name());
            if (changed == 0) {
                return false;
            }
            appendChange(id, at, author, IncidentChange.Kind.STATE_CHANGED, to.name());
            return true;
        });
    }

    public void addNote(String id, String text, Instant at, String author) {
        inTransaction("cannot add a note to incident " + id, () -> {
            long seq = nextSeq("incident_note", id);
            sql.update(
                    "INSERT INTO incident_note (incident_id, seq, written_at, author, text) VALUES (?, ?, ?, ?, ?)",
                    id,
                    seq,
                    EventRepository.micros(at),
                    author,
                    text);
            touch(id, at);
            appendChange(id, at, author, IncidentChange.Kind.NOTE_ADDED, Long.toString(seq));
            return null;
        });
    }

    /** Incidents, most recently changed first. */
    public List<IncidentSummary> list(int limit) {
        return read(
                "cannot list incidents",
                () -> sql.query(
                        "SELECT " + SUMMARY_COLUMNS + " FROM incident i ORDER BY i.updated_at DESC, i.id LIMIT ?",
                        IncidentRepository::summary,
                        limit));
    }

    public long count() {
        return read(
                "cannot count incidents",
                () -> sql.query("SELECT COUNT(*) FROM incident", row -> row.getLong(1))
                        .get(0));
    }

    public Optional<Incident> find(String id) {
        return read("cannot read incident " + id, () -> {
            List<IncidentSummary> summaries = sql.query(
                    "SELECT " + SUMMARY_COLUMNS + " FROM incident i WHERE i.id = ?", IncidentRepository::summary, id);
            if (summaries.isEmpty()) {
                return Optional.empty();
            }
            Map<String, String> group = sql.query(
                            "SELECT group_fields FROM incident WHERE id = ?", row -> group(row.getString(1)), id)
                    .get(0);
            List<String> events = sql.query(
                    "SELECT event_id FROM incident_event WHERE incident_id = ? ORDER BY event_time, event_id",
                    row -> row.getString(1),
                    id);
            List<Entity> entities = sql.query(
                    "SELECT type, value FROM incident_entity WHERE incident_id = ? ORDER BY type, value",
                    row -> new Entity(EntityType.valueOf(row.getString(1)), row.getString(2)),
                    id);
            List<IncidentNote> notes = sql.query(
                    "SELECT written_at, author, text FROM incident_note WHERE incident_id = ? ORDER BY seq",
                    row -> new IncidentNote(instant(row.getLong(1)), row.getString(2), row.getString(3)),
                    id);
            List<IncidentChange> changes = sql.query(
                    "SELECT changed_at, author, kind, detail FROM incident_change WHERE incident_id = ? ORDER BY seq",
                    row -> new IncidentChange(
                            instant(row.getLong(1)),
                            row.getString(2),
                            IncidentChange.Kind.valueOf(row.getString(3)),
                            row.getString(4)),
                    id);
            return Optional.of(new Incident(summaries.get(0), group, events, entities, notes, changes));
        });
    }

    /** The incident's events, oldest first, as its detail lists them. */
    public List<IncidentEvent> events(String incidentId, int limit) {
        return read(
                "cannot read the events of incident " + incidentId,
                () -> sql.query(
                        "SELECT e.id, e.event_time, e.received_time, e.source, e.severity, e.summary"
                                + " FROM incident_event ie JOIN event e ON e.key = " + EventKey.sql("ie.event_id")
                                + " WHERE ie.incident_id = ? ORDER BY ie.event_time, ie.event_id LIMIT ?",
                        row -> new IncidentEvent(
                                row.getString(1),
                                instant(row.getLong(2)),
                                instant(row.getLong(3)),
                                row.getString(4),
                                EventSeverity.valueOf(row.getString(5)),
                                row.getString(6)),
                        incidentId,
                        limit));
    }

    /**
     * The incident's events, oldest first, each with its category, the {@code scenario/asset} names of
     * its assets and the entities it names: what a board's detail lists beyond {@link #events}.
     */
    public List<EventDetail> eventDetails(String incidentId, int limit) {
        return read(
                "cannot read the events of incident " + incidentId,
                () -> sql.query(
                        "SELECT e.id, e.event_time, e.received_time, e.source, e.severity, e.summary,"
                                + " e.category, e.assets, e.entities"
                                + " FROM incident_event ie JOIN event e ON e.key = " + EventKey.sql("ie.event_id")
                                + " WHERE ie.incident_id = ? ORDER BY ie.event_time, ie.event_id LIMIT ?",
                        row -> new EventDetail(
                                new IncidentEvent(
                                        row.getString(1),
                                        instant(row.getLong(2)),
                                        instant(row.getLong(3)),
                                        row.getString(4),
                                        EventSeverity.valueOf(row.getString(5)),
                                        row.getString(6)),
                                EventCategory.valueOf(row.getString(7)),
                                row.getString(8) == null ? List.of() : strings(row.getString(8)),
                                entities(row.getString(9))),
                        incidentId,
                        limit));
    }

    /**
     * Every entity the incident's events name, with the number of its events naming it: all of them,
     * however many events the detail lists. By type, then most often named first.
     */
    public List<EntityCount> entityCounts(String incidentId) {
        return read(
                "cannot read the entities of incident " + incidentId,
                () -> sql.query(
                        "SELECT json_extract(n.value, '$[0]'), json_extract(n.value, '$[1]'), COUNT(*)"
                                + " FROM incident_event ie JOIN event e ON e.key = " + EventKey.sql("ie.event_id")
                                + ", json_each(e.entities) n WHERE ie.incident_id = ?"
                                + " GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2",
                        row -> new EntityCount(
                                new Entity(EntityType.valueOf(row.getString(1)), row.getString(2)), row.getInt(3)),
                        incidentId));
    }

    private static List<String> strings(String json) {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new StoreException("unreadable event assets " + json, e);
        }
    }

    private static List<Entity> entities(String json) {
        try {
            return JSON.readValue(json, PAIRS).stream()
                    .map(pair -> new Entity(EntityType.valueOf(pair.get(0)), pair.get(1)))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new StoreException("unreadable event entities " + json, e);
        }
    }

    private static IncidentSummary summary(ResultSet row) throws SQLException {
        return new IncidentSummary(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                EventSeverity.valueOf(row.getString(4)),
                IncidentState.valueOf(row.getString(5)),
                instant(row.getLong(6)),
                instant(row.getLong(7)),
                instant(row.getLong(8)),
                row.getInt(9),
                words(row.getString(10)),
                words(row.getString(11)));
    }

    private static List<String> words(String joined) {
        return joined == null || joined.isEmpty()
                ? List.of()
                : Arrays.stream(joined.split(" ")).sorted().toList();
    }

    private void touch(String id, Instant at) throws SQLException {
        sql.update("UPDATE incident SET updated_at = ? WHERE id = ?", EventRepository.micros(at), id);
    }

    private void appendChange(String id, Instant at, String author, IncidentChange.Kind kind, String detail)
            throws SQLException {
        sql.update(
                "INSERT INTO incident_change (incident_id, seq, changed_at, author, kind, detail)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                id,
                nextSeq("incident_change", id),
                EventRepository.micros(at),
                author,
                kind.name(),
                detail);
    }

    private long nextSeq(String table, String id) throws SQLException {
        return sql.query(
                        "SELECT COALESCE(MAX(seq), 0) + 1 FROM " + table + " WHERE incident_id = ?",
                        row -> row.getLong(1),
                        id)
                .get(0);
    }

    private static Instant instant(long micros) {
        return Instant.EPOCH.plusNanos(micros * 1_000);
    }

    private static String json(Map<String, String> group) {
        try {
            return JSON.writeValueAsString(group);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }

    private static Map<String, String> group(String json) {
        try {
            return JSON.readValue(json, GROUP);
        } catch (JsonProcessingException e) {
            throw new StoreException("unreadable incident group " + json, e);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(String failure, Work<T> work) {
        synchronized (connection) {
            try {
                connection.setAutoCommit(false);
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException e) {
                try {
                    connection.rollback();
                } catch (SQLException ignored) {
                    // the first error is the one reported
                }
                throw new StoreException(failure, e);
            } finally {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the next statement reports a broken connection
                }
            }
        }
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
