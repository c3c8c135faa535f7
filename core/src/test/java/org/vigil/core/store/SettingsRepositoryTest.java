package org.vigil.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.store.WorkspaceFixtures.rowCounts;
import static org.vigil.core.store.WorkspaceFixtures.workspaceFile;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings kept in a workspace: put, overwritten, and still there after closing and reopening. */
class SettingsRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void arePutOverwrittenAndSurviveClosingAndReopening() throws Exception {
        // given
        try (Workspace workspace = Workspace.open(workspaceFile(folder))) {
            assertThat(workspace.settings().get("language")).isEmpty();

            // when
            workspace.settings().put("language", "en");
            workspace.settings().put("language", "de");
            workspace.settings().put("window", "10,20,800,600");
        }

        // then
        try (Workspace reopened = Workspace.open(workspaceFile(folder))) {
            assertThat(reopened.settings().get("language")).contains("de");
            assertThat(reopened.settings().get("window")).contains("10,20,800,600");
            assertThat(reopened.settings().get("theme")).isEqualTo(Optional.empty());
        }
        assertThat(rowCounts(workspaceFile(folder))).containsEntry("setting", 2);
    }
}
