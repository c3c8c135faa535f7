package org.vigil.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.TestScenario;
import org.vigil.core.model.Asset;
import org.vigil.core.model.AssetKind;
import org.vigil.core.model.Layer;
import org.vigil.core.model.OrganisationType;
import org.vigil.core.model.Scenario;
import org.vigil.core.model.ScenarioSummary;

class WorkspaceTest {

    private static final Instant IMPORTED = Instant.parse("2025-01-02T03:04:05Z");
    private static final Migration V1 = WorkspaceSchema.migrations().get(0);
    private static final Migration V2 = new Migration(
            2,
            "bookmarks",
            "-- Version 2: bookmarks\nCREATE TABLE bookmark (id INTEGER PRIMARY KEY, label TEXT NOT NULL);");

    @TempDir
    Path folder;

    private Path workspaceFile() {
        return folder.resolve("workspace.vigil");
    }

    /** A plain JDBC connection that bypasses Workspace, to look at the file as SQLite sees it. */
    private static Connection plainJdbc(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    private static String pragma(Path file, String name) throws SQLException {
        try (Connection c = plainJdbc(file);
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("PRAGMA " + name)) {
            return rows.getString(1);
        }
    }

    private static void execute(Path file, String sql) throws SQLException {
        try (Connection c = plainJdbc(file);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Set<String> tables(Path file) throws SQLException {
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
    private static Map<String, Integer> rowCounts(Path file) throws SQLException {
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
    private static void assertUnchanged(Path file, byte[] before) throws IOException {
        byte[] after = Files.readAllBytes(file);
        assertThat(Arrays.mismatch(before, after))
                .as("index of the first byte of %s that changed (-1: none)", file.getFileName())
                .isEqualTo(-1);
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Nested
    class ANewWorkspace {

        @Test
        void isCreatedReadableAndWritableByItsOwnerOnly() throws Exception {
            // given
            Path file = folder.resolve("profile/vigil/workspace.vigil");

            // when
            try (Workspace workspace = Workspace.open(file)) {
                workspace.scenarios().save(TestScenario.small().toScenario(), IMPORTED);

                // then: the file, and SQLite's side files while it is open
                assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
                for (String side : List.of("-wal", "-shm")) {
                    Path sideFile = file.resolveSibling(file.getFileName() + side);
                    if (Files.exists(sideFile)) {
                        assertThat(Files.getPosixFilePermissions(sideFile))
                                .as(side)
                                .doesNotContain(
                                        PosixFilePermission.GROUP_READ,
                                        PosixFilePermission.GROUP_WRITE,
                                        PosixFilePermission.OTHERS_READ,
                                        PosixFilePermission.OTHERS_WRITE);
                    }
                }
                assertThat(workspace.file()).isEqualTo(file.toAbsolutePath());
            }
        }

        @Test
        void usesWriteAheadLoggingAndTheCurrentSchema() throws Exception {
            // when
            try (Workspace workspace = Workspace.open(workspaceFile())) {
                // then
                assertThat(workspace.schemaVersion())
                        .isEqualTo(WorkspaceSchema.migrations().size());
            }
            assertThat(pragma(workspaceFile(), "journal_mode")).isEqualTo("wal");
            assertThat(pragma(workspaceFile(), "user_version")).isEqualTo("1");
            assertThat(tables(workspaceFile()))
                    .contains(
                            "scenario",
                            "organisation",
                            "monitor",
                            "asset",
                            "asset_tag",
                            "asset_identifier",
                            "dependency",
                            "timeline_event",
                            "scenario_text",
                            "setting");
        }

        @Test
        void enforcesForeignKeysSoABrokenScenarioIsNotSavedAtAll() throws Exception {
            // given a model whose asset names an owner the scenario lacks (the reader would refuse it)
            Scenario valid = TestScenario.small().toScenario();
            List<Asset> assets = new ArrayList<>(valid.assets());
            Asset first = assets.get(0);
            assets.set(
                    0,
                    new Asset(
                            first.id(),
                            first.kind(),
                            "no-such-organisation",
                            first.name(),
                            first.description(),
                            first.criticality(),
                            first.tags(),
                            first.identifiers(),
                            first.continuity()));
            Scenario orphan = new Scenario(
                    valid.id(),
                    valid.name(),
                    valid.description(),
                    valid.organisations(),
                    valid.monitors(),
                    assets,
                    valid.dependencies(),
                    valid.timeline(),
                    valid.texts());

            try (Workspace workspace = Workspace.open(workspaceFile())) {
                // when / then
                assertThatThrownBy(() -> workspace.scenarios().save(orphan, IMPORTED))
                        .isInstanceOf(StoreException.class)
                        .hasMessageContaining(valid.id());
                assertThat(workspace.scenarios().exists(valid.id())).isFalse();
                assertThat(workspace.scenarios().summaries()).isEmpty();
            }
            assertThat(rowCounts(workspaceFile()))
                    .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        }
    }

    @Nested
    class Scenarios {

        @Test
        void aSavedScenarioIsFoundEqualToTheModel() throws Exception {
            // given
            Scenario scenario = TestScenario.small().toScenario();

            try (Workspace workspace = Workspace.open(workspaceFile())) {
                // when
                workspace.scenarios().save(scenario, IMPORTED);

                // then
                assertThat(workspace.scenarios().exists(scenario.id())).isTrue();
                assertThat(workspace.scenarios().find(scenario.id())).contains(scenario);
                assertThat(workspace.scenarios().find("not-imported")).isEmpty();
            }
            try (Workspace reopened = Workspace.open(workspaceFile())) {
                assertThat(reopened.scenarios().find(scenario.id())).contains(scenario);
            }
        }

        @Test
        void summariesGiveOrganisationsAndAssetCountsByLayerInImportOrder() throws Exception {
            // given
            Scenario small = TestScenario.small().toScenario();
            Scenario minimal =
                    TestScenario.minimal().set("$.name", "A minimal scenario").toScenario();

            try (Workspace workspace = Workspace.open(workspaceFile())) {
                workspace.scenarios().save(minimal, IMPORTED);
                workspace.scenarios().save(small, IMPORTED.plusSeconds(1));

                // when
                List<ScenarioSummary> summaries = workspace.scenarios().summaries();

                // then
                assertThat(summaries).extracting(ScenarioSummary::id).containsExactly(minimal.id(), small.id());
                ScenarioSummary summary = summaries.get(1);
                assertThat(summary.organisations())
                        .extracting(o -> o.id(), o -> o.type())
                        .containsExactly(
                                tuple(TestScenario.RETAILER, OrganisationType.RETAILER),
                                tuple(TestScenario.PAYMENT_PROVIDER, OrganisationType.PAYMENT_PROVIDER));
                assertThat(summary.assetCountsByLayer())
                        .isEqualTo(Map.of(Layer.CYBER, 3, Layer.PHYSICAL, 1, Layer.HUMAN, 1, Layer.BUSINESS, 1));
                assertThat(summary.assetCount()).isEqualTo(6);
                assertThat(summary.timelineEventCount()).isEqualTo(3);
                assertThat(summary).isEqualTo(small.summary());
                assertThat(summaries.get(0).assetCountsByLayer())
                        .isEqualTo(Map.of(Layer.CYBER, 1, Layer.PHYSICAL, 0, Layer.HUMAN, 0, Layer.BUSINESS, 0));
            }
        }

        @Test
        void savingAgainUnderTheSameIdReplacesTheScenario() throws Exception {
            // given
            Scenario first = TestScenario.small().toScenario();
            Scenario second = TestScenario.small()
                    .set("$.name", "Card skimming, revised")
                    .remove("$.timeline[2]")
                    .withAsset("tills", AssetKind.POS_TERMINAL, TestScenario.RETAILER)
                    .toScenario();

            try (Workspace workspace = Workspace.open(workspaceFile())) {
                workspace.scenarios().save(first, IMPORTED);

                // when
                workspace.scenarios().save(second, IMPORTED.plusSeconds(60));

                // then
                assertThat(workspace.scenarios().summaries())
                        .singleElement()
                        .extracting(ScenarioSummary::name)
                        .isEqualTo("Card skimming, revised");
                assertThat(workspace.scenarios().find(first.id())).contains(second);
            }
            Map<String, Integer> rows = rowCounts(workspaceFile());
            assertThat(rows.get("scenario")).isEqualTo(1);
            assertThat(rows.get("asset")).isEqualTo(second.assets().size());
            assertThat(rows.get("timeline_event")).isEqualTo(2);
            assertThat(rows.get("organisation")).isEqualTo(2);
        }

        @Test
        void deletingAScenarioRemovesEveryOneOfItsRowsAndNothingElse() throws Exception {
            // given
            Scenario doomed = TestScenario.small().toScenario();
            Scenario kept = TestScenario.minimal().toScenario();
            try (Workspace workspace = Workspace.open(workspaceFile())) {
                workspace.scenarios().save(doomed, IMPORTED);
                workspace.scenarios().save(kept, IMPORTED);
                workspace.settings().put("language", "de");
                Map<String, Integer> before = rowCounts(workspaceFile());
                assertThat(before)
                        .allSatisfy(
                                (table, count) -> assertThat(count).as(table).isPositive());

                // when
                boolean deleted = workspace.scenarios().delete(doomed.id());

                // then
                assertThat(deleted).isTrue();
                assertThat(workspace.scenarios().delete(doomed.id())).isFalse();
                assertThat(workspace.scenarios().find(doomed.id())).isEmpty();
                assertThat(workspace.scenarios().find(kept.id())).contains(kept);
            }
            try (Connection c = plainJdbc(workspaceFile());
                    Statement s = c.createStatement()) {
                for (String table : tables(workspaceFile())) {
                    if (table.equals("setting")) {
                        continue;
                    }
                    String idColumn = table.equals("scenario") ? "id" : "scenario_id";
                    try (ResultSet rows = s.executeQuery(
                            "SELECT COUNT(*) FROM " + table + " WHERE " + idColumn + " = '" + doomed.id() + "'")) {
                        assertThat(rows.getInt(1)).as(table).isZero();
                    }
                }
            }
            assertThat(rowCounts(workspaceFile()))
                    .containsEntry("scenario", 1)
                    .containsEntry("asset", 1)
                    .containsEntry("setting", 1)
                    .containsEntry("dependency", 0)
                    .containsEntry("scenario_text", 0);
        }
    }

    @Nested
    class Settings {

        @Test
        void arePutOverwrittenAndSurviveClosingAndReopening() throws Exception {
            // given
            try (Workspace workspace = Workspace.open(workspaceFile())) {
                assertThat(workspace.settings().get("language")).isEmpty();

                // when
                workspace.settings().put("language", "en");
                workspace.settings().put("language", "de");
                workspace.settings().put("window", "10,20,800,600");
            }

            // then
            try (Workspace reopened = Workspace.open(workspaceFile())) {
                assertThat(reopened.settings().get("language")).contains("de");
                assertThat(reopened.settings().get("window")).contains("10,20,800,600");
                assertThat(reopened.settings().get("theme")).isEqualTo(Optional.empty());
            }
            assertThat(rowCounts(workspaceFile())).containsEntry("setting", 2);
        }
    }

    @Nested
    class Migrations {

        @Test
        void anOlderSchemaIsMigratedAndKeepsItsData() throws Exception {
            // given a workspace at version 1 with a setting in it
            try (Workspace v1 = Workspace.open(workspaceFile(), List.of(V1))) {
                assertThat(v1.schemaVersion()).isEqualTo(1);
                v1.settings().put("language", "de");
            }

            // when
            try (Workspace v2 = Workspace.open(workspaceFile(), List.of(V1, V2))) {
                // then
                assertThat(v2.schemaVersion()).isEqualTo(2);
                assertThat(v2.settings().get("language")).contains("de");
            }
            assertThat(pragma(workspaceFile(), "user_version")).isEqualTo("2");
            assertThat(tables(workspaceFile())).contains("bookmark", "setting");
        }

        @Test
        void migrationsApplyInVersionOrderWhateverTheListOrder() throws Exception {
            // when
            try (Workspace workspace = Workspace.open(workspaceFile(), List.of(V2, V1))) {
                // then
                assertThat(workspace.schemaVersion()).isEqualTo(2);
            }
            assertThat(tables(workspaceFile())).contains("scenario", "bookmark");
        }

        @Test
        void aSchemaNewerThanThisBuildIsRefusedAndLeftUntouched() throws Exception {
            // given a workspace a newer Vigil has moved on to version 99
            try (Workspace workspace = Workspace.open(workspaceFile())) {
                workspace.scenarios().save(TestScenario.small().toScenario(), IMPORTED);
            }
            execute(workspaceFile(), "PRAGMA user_version = 99");
            byte[] before = Files.readAllBytes(workspaceFile());
            List<String> filesBefore = filesIn(folder);

            // when
            WorkspaceException refused =
                    catchThrowableOfType(WorkspaceException.class, () -> Workspace.open(workspaceFile()));

            // then
            assertThat(refused).isNotNull();
            assertThat(refused.reason()).isEqualTo(WorkspaceException.Reason.SCHEMA_TOO_NEW);
            assertThat(refused.args())
                    .containsExactly(workspaceFile().toAbsolutePath().toString(), "99", "1");
            assertUnchanged(workspaceFile(), before);
            assertThat(filesIn(folder)).isEqualTo(filesBefore);
            assertThat(pragma(workspaceFile(), "user_version")).isEqualTo("99");
        }

        @Test
        void aMigrationFailingMidwayLeavesTheFileExactlyAsItWas() throws Exception {
            // given a version 1 workspace and a version 2 whose second statement is broken
            try (Workspace v1 = Workspace.open(workspaceFile(), List.of(V1))) {
                v1.settings().put("language", "de");
            }
            Migration broken =
                    new Migration(2, "broken", "CREATE TABLE bookmark (id INTEGER PRIMARY KEY);\nCREATE TABEL oops (;");
            byte[] before = Files.readAllBytes(workspaceFile());

            // when
            WorkspaceException failed = catchThrowableOfType(
                    WorkspaceException.class, () -> Workspace.open(workspaceFile(), List.of(V1, broken)));

            // then
            assertThat(failed).isNotNull();
            assertThat(failed.reason()).isEqualTo(WorkspaceException.Reason.MIGRATION_FAILED);
            assertThat(failed.args()).hasSize(3).element(1).isEqualTo("2");
            assertUnchanged(workspaceFile(), before);
            assertThat(pragma(workspaceFile(), "user_version")).isEqualTo("1");
            assertThat(tables(workspaceFile())).doesNotContain("bookmark");
            try (Workspace stillV1 = Workspace.open(workspaceFile(), List.of(V1))) {
                assertThat(stillV1.settings().get("language")).contains("de");
            }
        }

        @Test
        void aNewerRollbackJournalFileIsRefusedAndLeftUntouched() throws Exception {
            // given a SQLite file in rollback-journal mode at version 99
            execute(workspaceFile(), "CREATE TABLE future (id INTEGER)");
            execute(workspaceFile(), "PRAGMA user_version = 99");
            byte[] before = Files.readAllBytes(workspaceFile());

            // when
            WorkspaceException refused =
                    catchThrowableOfType(WorkspaceException.class, () -> Workspace.open(workspaceFile()));

            // then
            assertThat(refused.reason()).isEqualTo(WorkspaceException.Reason.SCHEMA_TOO_NEW);
            assertUnchanged(workspaceFile(), before);
        }

        @Test
        void aFailedMigrationOfARollbackJournalFileLeavesItExactlyAsItWas() throws Exception {
            // given a version 1 file in rollback-journal mode
            try (Workspace v1 = Workspace.open(workspaceFile(), List.of(V1))) {
                v1.settings().put("language", "de");
            }
            execute(workspaceFile(), "PRAGMA journal_mode = DELETE");
            byte[] before = Files.readAllBytes(workspaceFile());
            Migration broken = new Migration(2, "broken", "CREATE TABLE bookmark (id INTEGER);\nnonsense;");

            // when
            catchThrowableOfType(WorkspaceException.class, () -> Workspace.open(workspaceFile(), List.of(V1, broken)));

            // then
            assertUnchanged(workspaceFile(), before);
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
    }

    @Nested
    class AFileThatIsNotAWorkspace {

        @Test
        void isRefusedAndNotModified() throws Exception {
            // given
            Path notes =
                    Files.writeString(folder.resolve("notes.txt"), "These are my notes, not a database.\n".repeat(200));
            byte[] before = Files.readAllBytes(notes);

            // when
            WorkspaceException refused = catchThrowableOfType(WorkspaceException.class, () -> Workspace.open(notes));

            // then
            assertThat(refused).isNotNull();
            assertThat(refused.reason()).isEqualTo(WorkspaceException.Reason.NOT_A_WORKSPACE);
            assertThat(refused.args()).containsExactly(notes.toAbsolutePath().toString());
            assertUnchanged(notes, before);
            assertThat(filesIn(folder)).containsExactly("notes.txt");
        }

        @Test
        void anotherProgramsSqliteDatabaseIsRefusedAndNotModified() throws Exception {
            // given an SQLite file of some other program: tables, but no Vigil schema version
            Path other = folder.resolve("inventory.sqlite");
            execute(other, "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)");
            byte[] before = Files.readAllBytes(other);

            // when
            WorkspaceException refused = catchThrowableOfType(WorkspaceException.class, () -> Workspace.open(other));

            // then
            assertThat(refused.reason()).isEqualTo(WorkspaceException.Reason.NOT_A_WORKSPACE);
            assertUnchanged(other, before);
        }

        @Test
        void aDatabaseMarkedByAnotherApplicationIsRefused() throws Exception {
            // given an empty SQLite file whose application id is not Vigil's
            Path other = folder.resolve("other.db");
            execute(other, "PRAGMA application_id = 42");

            // when
            WorkspaceException refused = catchThrowableOfType(WorkspaceException.class, () -> Workspace.open(other));

            // then
            assertThat(refused.reason()).isEqualTo(WorkspaceException.Reason.NOT_A_WORKSPACE);
        }
    }
}
