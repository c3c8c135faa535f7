package org.vigil.visual;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import org.vigil.core.model.Scenario;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.core.store.Workspace;
import org.vigil.core.store.WorkspaceException;

/** Real scenario files and real workspace files for view-model tests. */
public final class Fixtures {

    private Fixtures() {}

    public static Scenario smallShop() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/small-scenario.json")) {
            return new ScenarioReader()
                    .read("small-scenario.json", in.readAllBytes())
                    .scenario()
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Workspace workspaceWithSmallShop(Path dir) throws WorkspaceException {
        Workspace workspace = Workspace.open(dir.resolve("workspace.db"));
        workspace.scenarios().save(smallShop(), Instant.parse("2026-11-27T08:00:00Z"));
        return workspace;
    }
}
