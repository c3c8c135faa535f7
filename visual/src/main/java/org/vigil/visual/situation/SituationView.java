package org.vigil.visual.situation;

import javafx.scene.control.SplitPane;
import org.vigil.visual.text.UiText;

/** The situation page: scenario picker, the open scenario's assets and the asset inspector side by side. */
public final class SituationView extends SplitPane {

    private final ScenarioListView scenarios;
    private final AssetTableView assets;

    public SituationView(ScenarioListViewModel scenarioModel, AssetTableViewModel assetModel, UiText text) {
        getStyleClass().add("situation-page");
        scenarios = new ScenarioListView(scenarioModel, text);
        assets = new AssetTableView(assetModel, text);
        AssetInspectorView inspector = new AssetInspectorView(assetModel, text);
        getItems().addAll(scenarios, assets, inspector);
        setDividerPositions(0.23, 0.74);
        SplitPane.setResizableWithParent(scenarios, false);
        SplitPane.setResizableWithParent(inspector, false);
    }

    public AssetTableView assets() {
        return assets;
    }
}
