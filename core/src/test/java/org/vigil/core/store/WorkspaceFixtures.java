package org.vigil.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Shared by the workspace tests: where the workspace file goes, and plain JDBC to look at files as SQLite sees them. */
final class WorkspaceFixtures {

    static final Instant IMPORTED = Instant.parse("2025-01-02T03:04:05Z");

    private WorkspaceFixtures() {}

    static Path workspaceFile(Path folder) {
        return folder.resolve("workspace.vigil");
    }

    /** A plain JDBC connection that bypasses Workspace, to look at the file as SQLite sees it. */
    static Connection plainJdbc(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    static String pragma(Path file, String name) throws SQLException {
        try (Connection c = plainJdbc(file);
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("PRAGMA " + name)) {
            return rows.getString(1);
        }
    }

    static void execute(Path file, String sql) throws SQLException {
        try (Connection c = plainJdbc(file);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static Set<String> tables(Path file) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection c = plainJdbc(file);
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** Row count of every table, by table name. */
    static Map<String, Integer> rowCounts(Path file) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection c = plainJdbc(file);
                Statement s = c.createStatement()) {
            for (String table : tables(file)) {
                try (ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                    counts.put(table, rows.getInt(1));
                }
            }
        }
        return counts;
    }

    /** Asserts that a file holds exactly the given bytes, naming the first byte that differs. */
    static void assertUnchanged(Path file, byte[] before) throws IOException {
        byte[] after = Files.readAllBytes(file);
        assertThat(Arrays.mismatch(before, after))
                .as("index of the first byte of %s that changed (-1: none)", file.getFileName())
                .isEqualTo(-1);
    }

    static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
