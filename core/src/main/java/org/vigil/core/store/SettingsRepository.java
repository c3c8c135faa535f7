package org.vigil.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Key–value settings of a workspace, such as the language or the window position. */
public final class SettingsRepository {

    private final Connection connection;
    private final Sql sql;

    SettingsRepository(Connection connection) {
        this.connection = connection;
        this.sql = new Sql(connection);
    }

    public Optional<String> get(String key) {
        synchronized (connection) {
            try {
                return sql.query("SELECT value FROM setting WHERE key = ?", row -> row.getString(1), key).stream()
                        .findFirst();
            } catch (SQLException e) {
                throw new StoreException("cannot read setting " + key, e);
            }
        }
    }

    public void put(String key, String value) {
        synchronized (connection) {
            try {
                sql.update(
                        "INSERT INTO setting (key, value) VALUES (?, ?)"
                                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        key,
                        value);
            } catch (SQLException e) {
                throw new StoreException("cannot write setting " + key, e);
            }
        }
    }
}
