package org.vigil.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.store.WorkspaceFixtures.workspaceFile;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window is told beforehand when opening a workspace will upgrade it, and only then. */
class WorkspaceUpgradeCheckTest {

    @TempDir
    Path folder;

    @Test
    void aWorkspaceOfAnEarlierVersionNeedsAnUpgradeUntilOpened() throws Exception {
        // given a workspace made by the version before this one
        Path file = workspaceFile(folder);
        int latest = WorkspaceSchema.migrations().size();
        try (Workspace older = Workspace.open(file, WorkspaceSchema.migrations().subList(0, latest - 1))) {
            assertThat(older.schemaVersion()).isEqualTo(latest - 1);
        }

        // then it needs an upgrade, and no longer once this version has opened it
        assertThat(Workspace.needsUpgrade(file)).isTrue();
        try (Workspace current = Workspace.open(file)) {
            assertThat(current.schemaVersion()).isEqualTo(latest);
        }
        assertThat(Workspace.needsUpgrade(file)).isFalse();
    }

    @Test
    void nothingToUpgradeWhereThereIsNoWorkspaceOfOurs() throws Exception {
        Path missing = folder.resolve("missing.vigil");
        assertThat(Workspace.needsUpgrade(missing)).isFalse();
        assertThat(missing).doesNotExist();

        Path text = Files.writeString(folder.resolve("notes.vigil"), "not a database");
        assertThat(Workspace.needsUpgrade(text)).isFalse();
        assertThat(Files.readString(text)).isEqualTo("not a database");
    }
}
