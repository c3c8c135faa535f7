package org.vigil.app;

import java.time.Clock;
import org.vigil.content.PilotScenarios;
import org.vigil.core.model.Scenario;
import org.vigil.core.store.Workspace;

/**
 * Gives a new workspace the pilot scenarios, once: a user who later deletes them does not get them
 * back on the next start.
 */
public final class WorkspaceSeeder {

    static final String SEEDED = "workspace.pilotsSeeded";

    private final PilotScenarios pilots;
    private final Clock clock;

    public WorkspaceSeeder(PilotScenarios pilots, Clock clock) {
        this.pilots = pilots;
        this.clock = clock;
    }

    /** Whether this is a demo workspace: the pilots were given to it and are still there. */
    public static boolean holdsPilots(Workspace workspace) {
        return workspace.settings().get(SEEDED).isPresent()
                && !workspace.scenarios().summaries().isEmpty();
    }

    /** @return whether the pilots were added now */
    public boolean seedIfNew(Workspace workspace) {
        if (workspace.settings().get(SEEDED).isPresent()) {
            return false;
        }
        boolean empty = workspace.scenarios().summaries().isEmpty();
        if (empty) {
            for (Scenario scenario : pilots.load()) {
                workspace.scenarios().save(scenario, clock.instant());
            }
        }
        workspace.settings().put(SEEDED, clock.instant().toString());
        return empty;
    }
}
