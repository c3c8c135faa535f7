package org.vigil.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.vigil.core.store.WorkspaceFixtures.IMPORTED;
import static org.vigil.core.store.WorkspaceFixtures.assertUnchanged;
import static org.vigil.core.store.WorkspaceFixtures.execute;
import static org.vigil.core.store.WorkspaceFixtures.filesIn;
import static org.vigil.core.store.WorkspaceFixtures.plainJdbc;
import static org.vigil.core.store.WorkspaceFixtures.pragma;
import static org.vigil.core.store.WorkspaceFixtures.tables;
import static org.vigil.core.store.WorkspaceFixtures.workspaceFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.TestScenario;

/** Schema migrations of a workspace: applied in order, and never leaving a file half migrated or newer than known. */
class WorkspaceMigrationTest {

    private static final Migration V1 = WorkspaceSchema.migrations().get(0);
    private static final Migration V2 = new Migration(
            2,
            "bookmarks",
            "-- Version 2: bookmarks\nCREATE TABLE bookmark (id INTEGER PRIMARY KEY, label TEXT NOT NULL);");

    @TempDir
    Path folder;

    @Test
    void anOlderSchemaIsMigratedAndKeepsItsData() throws Exception {
        // given a workspace at version 1 with a setting in it
        try (Workspace v1 = Workspace.open(workspaceFile(folder), List.of(V1))) {
            assertThat(v1.schemaVersion()).isEqualTo(1);
            v1.settings().put("language", "de");
        }

        // when
        try (Workspace v2 = Workspace.open(workspaceFile(folder), List.of(V1, V2))) {
            // then
            assertThat(v2.schemaVersion()).isEqualTo(2);
            assertThat(v2.settings().get("language")).contains("de");
        }
        assertThat(pragma(workspaceFile(folder), "user_version")).isEqualTo("2");
        assertThat(tables(workspaceFile(folder))).contains("bookmark", "setting");
    }

    @Test
    void migrationsApplyInVersionOrderWhateverTheListOrder() throws Exception {
        // when
        try (Workspace workspace = Workspace.open(workspaceFile(folder), List.of(V2, V1))) {
            // then
            assertThat(workspace.schemaVersion()).isEqualTo(2);
        }
        assertThat(tables(workspaceFile(folder))).contains("scenario", "bookmark");
    }

    @Test
    void aSchemaNewerThanThisBuildIsRefusedAndLeftUntouched() throws Exception {
        // given a workspace a newer Vigil has moved on to version 99
        try (Workspace workspace = Workspace.open(workspaceFile(folder))) {
            workspace.scenarios().save(TestScenario.small().toScenario(), IMPORTED);
        }
        execute(workspaceFile(folder), "PRAGMA user_version = 99");
        byte[] before = Files.readAllBytes(workspaceFile(folder));
        List<String> filesBefore = filesIn(folder);

        // when
        WorkspaceException refused =
                catchThrowableOfType(WorkspaceException.class, () -> Workspace.open(workspaceFile(folder)));

        // then
        assertThat(refused).isNotNull();
        assertThat(refused.reason()).isEqualTo(WorkspaceException.Reason.SCHEMA_TOO_NEW);
        assertThat(refused.args())
                .containsExactly(
                        workspaceFile(folder).toAbsolutePath().toString(),
                        "99",
                        Integer.toString(WorkspaceSchema.migrations().size()));
        assertUnchanged(workspaceFile(folder), before);
        assertThat(filesIn(folder)).isEqualTo(filesBefore);
        assertThat(pragma(workspaceFile(folder), "user_version")).isEqualTo("99");
    }

    @Test
    void aMigrationFailingMidwayLeavesTheFileExactlyAsItWas() throws Exception {
        // given a version 1 workspace and a version 2 whose second statement is broken
        try (Workspace v1 = Workspace.open(workspaceFile(folder), List.of(V1))) {
            v1.settings().put("language", "de");
        }
        Migration broken =
                new Migration(2, "broken", "CREATE TABLE bookmark (id INTEGER PRIMARY KEY);\nCREATE TABEL oops (;");
        byte[] before = Files.readAllBytes(workspaceFile(folder));

        // when
        WorkspaceException failed = catchThrowableOfType(
                WorkspaceException.class, () -> Workspace.open(workspaceFile(folder), List.of(V1, broken)));

        // then
        assertThat(failed).isNotNull();
        assertThat(failed.reason()).isEqualTo(WorkspaceException.Reason.MIGRATION_FAILED);
        assertThat(failed.args()).hasSize(3).element(1).isEqualTo("2");
        assertUnchanged(workspaceFile(folder), before);
        assertThat(pragma(workspaceFile(folder), "user_version")).isEqualTo("1");
        assertThat(tables(workspaceFile(folder))).doesNotContain("bookmark");
        try (Workspace stillV1 = Workspace.open(workspaceFile(folder), List.of(V1))) {
            assertThat(stillV1.settings().get("language")).contains("de");
        }
    }

    @Test
    void aNewerRollbackJournalFileIsRefusedAndLeftUntouched() throws Exception {
        // given a SQLite file in rollback-journal mode at version 99
        execute(workspaceFile(folder), "CREATE TABLE future (id INTEGER)");
        execute(workspaceFile(folder), "PRAGMA user_version = 99");
        byte[] before = Files.readAllBytes(workspaceFile(folder));

        // when
        WorkspaceException refused =
                catchThrowableOfType(WorkspaceException.class, () -> Workspace.open(workspaceFile(folder)));

        // then
        assertThat(refused.reason()).isEqualTo(WorkspaceException.Reason.SCHEMA_TOO_NEW);
        assertUnchanged(workspaceFile(folder), before);
    }

    @Test
    void aFailedMigrationOfARollbackJournalFileLeavesItExactlyAsItWas() throws Exception {
        // given a version 1 file in rollback-journal mode
        try (Workspace v1 = Workspace.open(workspaceFile(folder), List.of(V1))) {
            v1.settings().put("language", "de");
        }
        execute(workspaceFile(folder), "PRAGMA journal_mode = DELETE");
        byte[] before = Files.readAllBytes(workspaceFile(folder));
        Migration broken = new Migration(2, "broken", "CREATE TABLE bookmark (id INTEGER);\nnonsense;");

        // when
        catchThrowableOfType(
                WorkspaceException.class, () -> Workspace.open(workspaceFile(folder), List.of(V1, broken)));

        // then
        assertUnchanged(workspaceFile(folder), before);
    }

    @Test
    void theShippedMigrationsAreNumberedOneUpwardsWithoutGaps() {
        // when
        List<Migration> migrations = WorkspaceSchema.migrations();

        // then
        assertThat(migrations).isNotEmpty();
        for (int i = 0; i < migrations.size(); i++) {
            assertThat(migrations.get(i).version()).isEqualTo(i + 1);
            assertThat(migrations.get(i).statements()).isNotEmpty();
        }
        assertThat(migrations.get(0).name()).isEqualTo("workspace");
    }

    @Test
    void aWorkspaceFromTheFirstReleaseGainsTheEventTablesAndKeepsItsScenarios() throws Exception {
        // given a workspace of the first schema version holding a scenario in the columns that version has
        var scenario = TestScenario.small().toScenario();
        Path writtenFile = folder.resolve("written.vigil");
        try (Workspace written = Workspace.open(writtenFile)) {
            written.scenarios().save(scenario, IMPORTED);
        }
        try (Workspace first = Workspace.open(
                workspaceFile(folder), WorkspaceSchema.migrations().subList(0, 1))) {
            assertThat(first.schemaVersion()).isEqualTo(1);
        }
        copyFirstVersionColumns(writtenFile, workspaceFile(folder));

        // when the current build opens it
        try (Workspace current = Workspace.open(workspaceFile(folder))) {

            // then
            assertThat(current.schemaVersion())
                    .isEqualTo(WorkspaceSchema.migrations().size());
            assertThat(current.scenarios().find(scenario.id())).contains(scenario);
            assertThat(current.events().eventCount()).isZero();
        }
        assertThat(tables(workspaceFile(folder))).contains("event", "quarantine", "threat_indicator");
    }

    /** Copies every row of the tables the older file has, but only the columns it has. */
    private static void copyFirstVersionColumns(Path from, Path to) throws SQLException {
        try (Connection connection = plainJdbc(to);
                Statement statement = connection.createStatement()) {
            statement.execute("ATTACH DATABASE '" + from + "' AS written");
            List<String> tableNames = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'schema_version'"
                            + " AND name NOT LIKE 'sqlite_%' ORDER BY rowid")) {
                while (rows.next()) {
                    tableNames.add(rows.getString(1));
                }
            }
            for (String table : tableNames) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("PRAGMA main.table_info(" + table + ")")) {
                    while (rows.next()) {
                        columns.add(rows.getString("name"));
                    }
                }
                String list = String.join(", ", columns);
                statement.execute(
                        "INSERT INTO main." + table + " (" + list + ") SELECT " + list + " FROM written." + table);
            }
        }
    }
}
