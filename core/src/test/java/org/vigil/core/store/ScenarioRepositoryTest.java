package org.vigil.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.vigil.core.store.WorkspaceFixtures.IMPORTED;
import static org.vigil.core.store.WorkspaceFixtures.plainJdbc;
import static org.vigil.core.store.WorkspaceFixtures.rowCounts;
import static org.vigil.core.store.WorkspaceFixtures.tables;
import static org.vigil.core.store.WorkspaceFixtures.workspaceFile;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.TestScenario;
import org.vigil.core.model.AssetKind;
import org.vigil.core.model.Layer;
import org.vigil.core.model.OrganisationType;
import org.vigil.core.model.Scenario;
import org.vigil.core.model.ScenarioSummary;

/** Scenarios saved in a workspace: found again equal to the model, summarised, replaced and deleted completely. */
class ScenarioRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void aSavedScenarioIsFoundEqualToTheModel() throws Exception {
        // given
        Scenario scenario = TestScenario.small().toScenario();

        try (Workspace workspace = Workspace.open(workspaceFile(folder))) {
            // when
            workspace.scenarios().save(scenario, IMPORTED);

            // then
            assertThat(workspace.scenarios().exists(scenario.id())).isTrue();
            assertThat(workspace.scenarios().find(scenario.id())).contains(scenario);
            assertThat(workspace.scenarios().find("not-imported")).isEmpty();
        }
        try (Workspace reopened = Workspace.open(workspaceFile(folder))) {
            assertThat(reopened.scenarios().find(scenario.id())).contains(scenario);
        }
    }

    @Test
    void summariesGiveOrganisationsAndAssetCountsByLayerInImportOrder() throws Exception {
        // given
        Scenario small = TestScenario.small().toScenario();
        Scenario minimal =
                TestScenario.minimal().set("$.name", "A minimal scenario").toScenario();

        try (Workspace workspace = Workspace.open(workspaceFile(folder))) {
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

        try (Workspace workspace = Workspace.open(workspaceFile(folder))) {
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
        Map<String, Integer> rows = rowCounts(workspaceFile(folder));
        assertThat(rows.get("scenario")).isEqualTo(1);
        assertThat(rows.get("asset")).isEqualTo(second.assets().size());
        assertThat(rows.get("timeline_event")).isEqualTo(2);
        assertThat(rows.get("organisation")).isEqualTo(2);
    }

    /** Tables whose rows belong to the workspace, not to one scenario. */
    private static final Set<String> WORKSPACE_WIDE = Set.of(
            "setting",
            "event",
            "quarantine",
            "threat_indicator",
            "read_position",
            "incident",
            "incident_event",
            "incident_asset",
            "incident_entity",
            "incident_technique",
            "incident_note",
            "incident_change",
            // the anomaly monitor forgets a deleted scenario's streams when it next starts
            "anomaly_stream",
            "anomaly_monitor",
            // training results belong to participants, not to a scenario
            "training_play",
            "training_item",
            "training_cue");

    @Test
    void deletingAScenarioRemovesEveryOneOfItsRowsAndNothingElse() throws Exception {
        // given
        Scenario doomed = TestScenario.small().toScenario();
        Scenario kept = TestScenario.minimal().toScenario();
        try (Workspace workspace = Workspace.open(workspaceFile(folder))) {
            workspace.scenarios().save(doomed, IMPORTED);
            workspace.scenarios().save(kept, IMPORTED);
            workspace.settings().put("language", "de");
            Map<String, Integer> before = rowCounts(workspaceFile(folder));
            before.keySet().removeAll(WORKSPACE_WIDE);
            assertThat(before)
                    .allSatisfy((table, count) -> assertThat(count).as(table).isPositive());

            // when
            boolean deleted = workspace.scenarios().delete(doomed.id());

            // then
            assertThat(deleted).isTrue();
            assertThat(workspace.scenarios().delete(doomed.id())).isFalse();
            assertThat(workspace.scenarios().find(doomed.id())).isEmpty();
            assertThat(workspace.scenarios().find(kept.id())).contains(kept);
        }
        try (Connection c = plainJdbc(workspaceFile(folder));
                Statement s = c.createStatement()) {
            for (String table : tables(workspaceFile(folder))) {
                if (WORKSPACE_WIDE.contains(table)) {
                    continue;
                }
                String idColumn = table.equals("scenario") ? "id" : "scenario_id";
                try (ResultSet rows = s.executeQuery(
                        "SELECT COUNT(*) FROM " + table + " WHERE " + idColumn + " = '" + doomed.id() + "'")) {
                    assertThat(rows.getInt(1)).as(table).isZero();
                }
            }
        }
        assertThat(rowCounts(workspaceFile(folder)))
                .containsEntry("scenario", 1)
                .containsEntry("asset", 1)
                .containsEntry("setting", 1)
                .containsEntry("dependency", 0)
                .containsEntry("scenario_text", 0);
    }
}
