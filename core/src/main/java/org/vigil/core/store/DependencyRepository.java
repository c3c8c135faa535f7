package org.vigil.core.store;

import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import org.vigil.core.model.Dependency;
import org.vigil.core.model.DependencyType;
import org.vigil.core.model.ImpactGrowth;

/** Dependencies between a scenario's assets. Callers hold the connection's lock and transaction. */
final class DependencyRepository {

    private final Sql sql;

    DependencyRepository(Sql sql) {
        this.sql = sql;
    }

    void insert(String scenarioId, List<Dependency> dependencies) throws SQLException {
        sql.batch(
                "INSERT INTO dependency (scenario_id, position, from_id, to_id, type, likelihood, delay_minutes,"
                        + " growth, ramp_minutes, redundancy_group, max_impact) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                dependencies,
                (s, d, i) -> {
                    s.setString(1, scenarioId);
                    s.setInt(2, i);
                    s.setString(3, d.fromId());
                    s.setString(4, d.toId());
                    s.setString(5, d.type().name());
                    s.setDouble(6, d.likelihood());
                    s.setDouble(7, d.delayMinutes());
                    s.setString(8, d.growth().name());
                    s.setDouble(9, d.rampMinutes());
                    if (d.redundancyGroup().isPresent()) {
                        s.setString(10, d.redundancyGroup().get());
                    } else {
                        s.setNull(10, Types.VARCHAR);
                    }
                    s.setDouble(11, d.maxImpact());
                });
    }

    List<Dependency> find(String scenarioId) throws SQLException {
        return sql.query(
                "SELECT from_id, to_id, type, likelihood, delay_minutes, growth, ramp_minutes, max_impact,"
                        + " redundancy_group FROM dependency WHERE scenario_id = ? ORDER BY position",
                row -> new Dependency(
                        row.getString(1),
                        row.getString(2),
                        DependencyType.valueOf(row.getString(3)),
                        row.getDouble(4),
                        row.getDouble(5),
                        ImpactGrowth.valueOf(row.getString(6)),
                        row.getDouble(7),
                        row.getDouble(8),
                        Optional.ofNullable(row.getString(9))),
                scenarioId);
    }
}
