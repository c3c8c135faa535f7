package org.vigil.app;

import java.nio.file.Path;
import org.vigil.core.store.Workspace;
import org.vigil.core.store.WorkspaceException;

/** Opens a workspace file and, the first time, fills it with the pilot scenarios. */
public final class WorkspaceOpener {

    private final WorkspaceSeeder seeder;

    public WorkspaceOpener(WorkspaceSeeder seeder) {
        this.seeder = seeder;
    }

    public Workspace open(Path file) throws WorkspaceException {
        Workspace workspace = Workspace.open(file);
        try {
            seeder.seedIfNew(workspace);
            return workspace;
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }
}
