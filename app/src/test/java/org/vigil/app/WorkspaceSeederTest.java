package org.vigil.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.content.PilotScenarios;
import org.vigil.core.model.ScenarioSummary;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.core.store.Workspace;

class WorkspaceSeederTest {

    private final WorkspaceOpener opener = new WorkspaceOpener(new WorkspaceSeeder(
            new PilotScenarios(new ScenarioReader()),
            Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC)));

    @TempDir
    Path dir;

    @Test
    void aNewWorkspaceStartsWithTheThreePilots() throws Exception {
        try (Workspace workspace = opener.open(dir.resolve("w.db"))) {
            assertThat(workspace.scenarios().summaries())
                    .extracting(ScenarioSummary::id)
                    .containsExactlyInAnyOrder("retail-ecommerce", "pharmacy-delivery", "bank-payments");
        }
    }

    @Test
    void pilotsTheUserDeletedDoNotComeBack() throws Exception {
        Path file = dir.resolve("w.db");
        try (Workspace workspace = opener.open(file)) {
            workspace.scenarios().delete("bank-payments");
        }

        try (Workspace workspace = opener.open(file)) {
            assertThat(workspace.scenarios().summaries())
                    .extracting(ScenarioSummary::id)
                    .doesNotContain("bank-payments")
                    .hasSize(2);
        }
    }
}
