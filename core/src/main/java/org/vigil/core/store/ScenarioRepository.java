package org.vigil.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.core.model.Scenario;
import org.vigil.core.model.ScenarioSummary;

/**
 * Scenarios of a workspace. A save replaces the whole scenario in one transaction: readers see
 * the old one or the new one, never a mix, and a failed save changes nothing.
 */
public final class ScenarioRepository {

    private record Row(String id, String name, String description) {}

    private final Connection connection;
    private final Sql sql;
    private final OrganisationRepository organisations;
    private final AssetRepository assets;
    private final DependencyRepository dependencies;
    private final TimelineRepository timelines;
    private final ScenarioTextRepository texts;

    ScenarioRepository(Connection connection) {
        this.connection = connection;
        this.sql = new Sql(connection);
        this.organisations = new OrganisationRepository(sql);
        this.assets = new AssetRepository(sql);
        this.dependencies = new DependencyRepository(sql);
        this.timelines = new TimelineRepository(sql);
        this.texts = new ScenarioTextRepository(sql);
    }

    public void save(Scenario scenario, Instant importedAt) {
        synchronized (connection) {
            try {
                connection.setAutoCommit(false);
                sql.update("DELETE FROM scenario WHERE id = ?", scenario.id());
                sql.update(
                        "INSERT INTO scenario (id, name, description, imported_at) VALUES (?, ?, ?, ?)",
                        scenario.id(),
                        scenario.name(),
                        scenario.description(),
                        importedAt.toString());
                organisations.insert(scenario.id(), scenario.organisations());
                assets.insert(scenario.id(), scenario.assets());
                dependencies.insert(scenario.id(), scenario.dependencies());
                timelines.insert(scenario.id(), scenario.monitors(), scenario.timeline());
                texts.insert(scenario.id(), scenario.texts());
                connection.commit();
            } catch (SQLException e) {
                rollback();
                throw new StoreException("cannot save scenario " + scenario.id(), e);
            } finally {
                autoCommit();
            }
        }
    }

    public boolean exists(String scenarioId) {
        synchronized (connection) {
            try {
                return !sql.query("SELECT 1 FROM scenario WHERE id = ?", row -> 1, scenarioId)
                        .isEmpty();
            } catch (SQLException e) {
                throw new StoreException("cannot read scenario " + scenarioId, e);
            }
        }
    }

    /** Every scenario of the workspace, in the order they were imported, with what a picker shows. */
    public List<ScenarioSummary> summaries() {
        synchronized (connection) {
            try {
                List<ScenarioSummary> result = new ArrayList<>();
                for (Row row : rows("")) {
                    result.add(new ScenarioSummary(
                            row.id(),
                            row.name(),
                            row.description(),
                            organisations.find(row.id()),
                            assets.countsByLayer(row.id()),
                            timelines.count(row.id()),
                            texts.find(row.id())));
                }
                return result;
            } catch (SQLException e) {
                throw new StoreException("cannot list scenarios", e);
            }
        }
    }

    /** Every scenario of the workspace, whole, in the order {@link #summaries()} lists them. */
    public List<Scenario> all() {
        List<Scenario> scenarios = new ArrayList<>();
        for (ScenarioSummary summary : summaries()) {
            find(summary.id()).ifPresent(scenarios::add);
        }
        return scenarios;
    }

    public Optional<Scenario> find(String scenarioId) {
        synchronized (connection) {
            try {
                List<Row> found = rows(scenarioId);
                if (found.isEmpty()) {
                    return Optional.empty();
                }
                Row row = found.get(0);
                return Optional.of(new Scenario(
                        row.id(),
                        row.name(),
                        row.description(),
                        organisations.find(row.id()),
                        timelines.monitors(row.id()),
                        assets.find(row.id()),
                        dependencies.find(row.id()),
                        timelines.events(row.id()),
                        texts.find(row.id())));
            } catch (SQLException e) {
                throw new StoreException("cannot read scenario " + scenarioId, e);
            }
        }
    }

    public boolean delete(String scenarioId) {
        synchronized (connection) {
            try {
                return sql.update("DELETE FROM scenario WHERE id = ?", scenarioId) > 0;
            } catch (SQLException e) {
                throw new StoreException("cannot delete scenario " + scenarioId, e);
            }
        }
    }

    private List<Row> rows(String onlyId) throws SQLException {
        String select = "SELECT id, name, description FROM scenario";
        Sql.RowMapper<Row> mapper = row -> new Row(row.getString(1), row.getString(2), row.getString(3));
        return onlyId.isEmpty()
                ? sql.query(select + " ORDER BY imported_at, rowid", mapper)
                : sql.query(select + " WHERE id = ?", mapper, onlyId);
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
