package org.vigil.core.store;

import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import org.vigil.core.model.Monitor;
import org.vigil.core.model.MonitorKind;
import org.vigil.core.model.TimelineEvent;

/** A scenario's monitors and its scripted event timeline. Callers hold the connection's lock and transaction. */
final class TimelineRepository {

    private final Sql sql;

    TimelineRepository(Sql sql) {
        this.sql = sql;
    }

    void insert(String scenarioId, List<Monitor> monitors, List<TimelineEvent> timeline) throws SQLException {
        sql.batch(
                "INSERT INTO monitor (scenario_id, id, position, kind, product, name) VALUES (?, ?, ?, ?, ?, ?)",
                monitors,
                (s, m, i) -> {
                    s.setString(1, scenarioId);
                    s.setString(2, m.id());
                    s.setInt(3, i);
                    s.setString(4, m.kind().name());
                    s.setString(5, m.product());
                    s.setString(6, m.name());
                });
        sql.batch(
                "INSERT INTO timeline_event (scenario_id, position, offset_seconds, monitor_id, asset_id, fields_json)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                timeline,
                (s, e, i) -> {
                    s.setString(1, scenarioId);
                    s.setInt(2, i);
                    s.setLong(3, e.offsetSeconds());
                    s.setString(4, e.monitorId());
                    if (e.assetId().isPresent()) {
                        s.setString(5, e.assetId().get());
                    } else {
                        s.setNull(5, Types.VARCHAR);
                    }
                    s.setString(6, e.fieldsJson());
                });
    }

    List<Monitor> monitors(String scenarioId) throws SQLException {
        return sql.query(
                "SELECT id, kind, product, name FROM monitor WHERE scenario_id = ? ORDER BY position",
                row -> new Monitor(
                        row.getString(1), MonitorKind.valueOf(row.getString(2)), row.getString(3), row.getString(4)),
                scenarioId);
    }

    List<TimelineEvent> events(String scenarioId) throws SQLException {
        return sql.query(
                "SELECT offset_seconds, monitor_id, asset_id, fields_json FROM timeline_event"
                        + " WHERE scenario_id = ? ORDER BY position",
                row -> new TimelineEvent(
                        row.getLong(1), row.getString(2), Optional.ofNullable(row.getString(3)), row.getString(4)),
                scenarioId);
    }

    int count(String scenarioId) throws SQLException {
        return sql.query("SELECT COUNT(*) FROM timeline_event WHERE scenario_id = ?", row -> row.getInt(1), scenarioId)
                .get(0);
    }
}
