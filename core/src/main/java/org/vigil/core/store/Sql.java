package org.vigil.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The little JDBC the repositories share: batched inserts and mapped queries on one connection. */
final class Sql {

    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement statement, T item, int position) throws SQLException;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    <T> void batch(String sql, List<T> items, Binder<T> binder) throws SQLException {
        batchCounts(sql, items, binder);
    }

    /** Like {@link #batch}, returning each statement's update count. */
    <T> int[] batchCounts(String sql, List<T> items, Binder<T> binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < items.size(); i++) {
                binder.bind(statement, items.get(i), i);
                statement.addBatch();
            }
            return items.isEmpty() ? new int[0] : statement.executeBatch();
        }
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<T> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
            }
            return result;
        }
    }

    int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }
}
