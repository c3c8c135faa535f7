package org.vigil.visual.shell;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.vigil.visual.cascade.CascadeView;
import org.vigil.visual.graph.GraphView;
import org.vigil.visual.text.UiText;

/**
 * The graph area: the interdependency graph and the cascade panel for the same scenario and start
 * set, each with the whole page to itself (both need the height). Alt+Shift+1 and 2 switch.
 */
public final class GraphAreaView extends TabPane {

    private final GraphView graph;
    private final CascadeView cascade;

    public GraphAreaView(GraphView graph, CascadeView cascade, UiText text) {
        this.graph = graph;
        this.cascade = cascade;
        setId("graph-area");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getTabs()
                .addAll(
                        tab("graph-tab-graph", "graph.area.tab.graph", graph, text),
                        tab("graph-tab-cascade", "graph.area.tab.cascade", cascade, text));
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2};
                for (int i = 0; i < digits.length; i++) {
                    int index = i;
                    // registered on the scene; acts only while this area is the page shown
                    scene.getAccelerators()
                            .put(
                                    new KeyCodeCombination(
                                            digits[i], KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN),
                                    () -> {
                                        if (getScene() != null) {
                                            getSelectionModel().select(index);
                                        }
                                    });
                }
            }
        });
    }

    private static Tab tab(String id, String key, Node content, UiText text) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(text.bind(key));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.bind(key + ".tooltip"));
        tab.setTooltip(tip);
        tab.setContent(content);
        return tab;
    }

    public GraphView graph() {
        return graph;
    }

    public CascadeView cascade() {
        return cascade;
    }
}
