package org.vigil.core.store;

import java.sql.SQLException;
import java.util.List;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.OrganisationType;

/** Organisations of a scenario's ecosystem. Callers hold the connection's lock and transaction. */
final class OrganisationRepository {

    private final Sql sql;

    OrganisationRepository(Sql sql) {
        this.sql = sql;
    }

    void insert(String scenarioId, List<Organisation> organisations) throws SQLException {
        sql.batch(
                "INSERT INTO organisation (scenario_id, id, position, type, name) VALUES (?, ?, ?, ?, ?)",
                organisations,
                (s, o, i) -> {
                    s.setString(1, scenarioId);
                    s.setString(2, o.id());
                    s.setInt(3, i);
                    s.setString(4, o.type().name());
                    s.setString(5, o.name());
                });
    }

    List<Organisation> find(String scenarioId) throws SQLException {
        return sql.query(
                "SELECT id, type, name FROM organisation WHERE scenario_id = ? ORDER BY position",
                row -> new Organisation(row.getString(1), OrganisationType.valueOf(row.getString(2)), row.getString(3)),
                scenarioId);
    }
}
