package org.vigil.visual.situation;

import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.vigil.visual.anomaly.AnomalyStreamsView;
import org.vigil.visual.anomaly.AnomalyStreamsViewModel;
import org.vigil.visual.dashboard.DashboardView;
import org.vigil.visual.dashboard.DashboardViewModel;
import org.vigil.visual.text.UiText;
import org.vigil.visual.timeline.TimelineView;

/**
 * The situation page: the scenario picker beside four tabs — the overview (dashboard), the
 * timeline, the open scenario's assets with the inspector, and its anomaly streams. Alt+Shift+1…4
 * switch tabs.
 */
public final class SituationView extends SplitPane {

    private final ScenarioListView scenarios;
    private final AssetTableView assets;
    private final TabPane tabs = new TabPane();
    private final TimelineView timeline;
    private final DashboardViewModel dashboard;
    private final AnomalyStreamsViewModel anomalyModel;
    private final AnomalyStreamsView anomalies;

    public SituationView(
            ScenarioListViewModel scenarioModel,
            AssetTableViewModel assetModel,
            DashboardViewModel dashboardModel,
            TimelineView timeline,
            AnomalyStreamsViewModel anomalyModel,
            UiText text) {
        getStyleClass().add("situation-page");
        this.timeline = timeline;
        this.dashboard = dashboardModel;
        this.anomalyModel = anomalyModel;
        this.anomalies = new AnomalyStreamsView(anomalyModel, text);
        scenarios = new ScenarioListView(scenarioModel, text);
        assets = new AssetTableView(assetModel, text);
        AssetInspectorView inspector = new AssetInspectorView(assetModel, text);
        SplitPane assetPane = new SplitPane(assets, inspector);
        assetPane.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(inspector, false);

        tabs.setId("situation-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs()
                .addAll(
                        tab(
                                "situation-tab-overview",
                                "situation.tab.overview",
                                new DashboardView(dashboardModel, text),
                                text),
                        tab("situation-tab-timeline", "situation.tab.timeline", timeline, text),
                        tab("situation-tab-assets", "situation.tab.assets", assetPane, text),
                        tab("situation-tab-anomalies", "situation.tab.anomalies", anomalies, text));
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> shown(now.intValue()));
        getItems().addAll(scenarios, tabs);
        setDividerPositions(0.2);
        SplitPane.setResizableWithParent(scenarios, false);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};
                for (int i = 0; i < digits.length; i++) {
                    int index = i;
                    scene.getAccelerators()
                            .put(
                                    new KeyCodeCombination(
                                            digits[i], KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN),
                                    () -> {
                                        if (isVisible() && getScene() != null && getParent() != null) {
                                            tabs.getSelectionModel().select(index);
                                        }
                                    });
                }
            }
        });
    }

    private static Tab tab(String id, String key, javafx.scene.Node content, UiText text) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(text.bind(key));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.bind(key + ".tooltip"));
        tab.setTooltip(tip);
        tab.setContent(content);
        return tab;
    }

    private void shown(int index) {
        if (index == 0) {
            dashboard.refresh();
        } else if (index == 1) {
            timeline.focusTimeline();
        } else if (index == 3) {
            anomalyModel.refresh();
            anomalies.focusStreams();
        }
    }

    public AssetTableView assets() {
        return assets;
    }

    /** The tabs, to show one from the keyboard or from another page. */
    public TabPane tabs() {
        return tabs;
    }
}
