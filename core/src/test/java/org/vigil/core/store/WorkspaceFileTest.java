package org.vigil.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.vigil.core.store.WorkspaceFixtures.IMPORTED;
import static org.vigil.core.store.WorkspaceFixtures.assertUnchanged;
import static org.vigil.core.store.WorkspaceFixtures.execute;
import static org.vigil.core.store.WorkspaceFixtures.filesIn;
import static org.vigil.core.store.WorkspaceFixtures.pragma;
import static org.vigil.core.store.WorkspaceFixtures.rowCounts;
import static org.vigil.core.store.WorkspaceFixtures.tables;
import static org.vigil.core.store.WorkspaceFixtures.workspaceFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.TestScenario;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Scenario;

/** Opening a workspace file: a new one is created safely, a file that is not a workspace is refused untouched. */
class WorkspaceFileTest {

    @TempDir
    Path folder;

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
            try (Workspace workspace = Workspace.open(workspaceFile(folder))) {
                // then
                assertThat(workspace.schemaVersion())
                        .isEqualTo(WorkspaceSchema.migrations().size());
            }
            assertThat(pragma(workspaceFile(folder), "journal_mode")).isEqualTo("wal");
            assertThat(pragma(workspaceFile(folder), "user_version"))
                    .isEqualTo(Integer.toString(WorkspaceSchema.migrations().size()));
            assertThat(tables(workspaceFile(folder)))
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

            try (Workspace workspace = Workspace.open(workspaceFile(folder))) {
                // when / then
                assertThatThrownBy(() -> workspace.scenarios().save(orphan, IMPORTED))
                        .isInstanceOf(StoreException.class)
                        .hasMessageContaining(valid.id());
                assertThat(workspace.scenarios().exists(valid.id())).isFalse();
                assertThat(workspace.scenarios().summaries()).isEmpty();
            }
            assertThat(rowCounts(workspaceFile(folder)))
                    .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
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
