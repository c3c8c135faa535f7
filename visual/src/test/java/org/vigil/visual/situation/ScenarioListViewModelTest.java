package org.vigil.visual.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.Layer;
import org.vigil.core.model.ScenarioSummary;
import org.vigil.core.store.Workspace;
import org.vigil.visual.Fixtures;
import org.vigil.visual.task.ImmediateBackground;

class ScenarioListViewModelTest {

    @TempDir
    Path dir;

    @Test
    void refreshingListsScenariosWithCountsByLayerAndOpensTheFirst() throws Exception {
        try (Workspace workspace = Fixtures.workspaceWithSmallShop(dir)) {
            ScenarioListViewModel model = new ScenarioListViewModel(workspace.scenarios(), new ImmediateBackground());

            model.refresh();

            assertThat(model.scenarios()).hasSize(1);
            ScenarioSummary shop = model.scenarios().get(0);
            assertThat(shop.organisations()).hasSize(2);
            assertThat(shop.assetCountsByLayer())
                    .containsEntry(Layer.CYBER, 2)
                    .containsEntry(Layer.PHYSICAL, 1)
                    .containsEntry(Layer.HUMAN, 1)
                    .containsEntry(Layer.BUSINESS, 1);
            assertThat(model.openProperty().get()).isEqualTo(Fixtures.smallShop());
            assertThat(model.loadingProperty().get()).isFalse();
        }
    }

    @Test
    void anEmptyWorkspaceOpensNothing() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("empty.db"))) {
            ScenarioListViewModel model = new ScenarioListViewModel(workspace.scenarios(), new ImmediateBackground());

            model.refresh();

            assertThat(model.scenarios()).isEmpty();
            assertThat(model.openProperty().get()).isNull();
        }
    }

    @Test
    void aFailedLoadIsReportedNotThrown() throws Exception {
        Workspace workspace = Fixtures.workspaceWithSmallShop(dir);
        ScenarioListViewModel model = new ScenarioListViewModel(workspace.scenarios(), new ImmediateBackground());
        workspace.close();

        model.refresh();

        assertThat(model.failureProperty().get()).isNotBlank();
        assertThat(model.loadingProperty().get()).isFalse();
    }
}
