package org.vigil.visual.cascade;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.vigil.visual.selection.SituationSelection;
import org.vigil.visual.text.UiText;

/**
 * The cascade panel: the start set on top, then five tabs — impact over time, continuity
 * breaches, riskiest chains, root causes and the what-if. Keys (while the focus is in the panel):
 * Shortcut+1…5 open the tabs, Shortcut+L shows the live start set, Shortcut+Shift+A starts from the
 * selected assets, Shortcut+Enter compares the what-if runs.
 */
public final class CascadeView extends BorderPane {

    static final KeyCombination LIVE = KeyCombination.valueOf("Shortcut+L");
    static final KeyCombination SELECTED = KeyCombination.valueOf("Shortcut+Shift+A");
    static final KeyCombination COMPARE = KeyCombination.valueOf("Shortcut+Enter");

    private final TabPane tabs = new TabPane();

    public CascadeView(CascadeViewModel model, SituationSelection selection, UiText text) {
        getStyleClass().add("cascade-panel");
        setPadding(new Insets(8));
        Label heading = new Label();
        heading.textProperty().bind(text.bind("cascade.heading"));
        heading.getStyleClass().addAll("title-2", "page-heading");
        setTop(new VBox(8, heading, new StartSetBar(model, text)));
        WhatIfTab whatIf = new WhatIfTab(model, text);
        tabs.setId("cascade-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs()
                .addAll(List.of(
                        tab(text, "cascade.tab.impact", new ImpactTab(model, text)),
                        tab(text, "cascade.tab.continuity", new ContinuityTab(model, text)),
                        tab(text, "cascade.tab.chains", new ChainsTab(model, text)),
                        tab(text, "cascade.tab.rootcause", new RootCauseTab(model, selection, text)),
                        tab(text, "cascade.tab.whatif", whatIf)));
        setCenter(tabs);
        BorderPane.setMargin(tabs, new Insets(8, 0, 0, 0));
        model.refresh();
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            // Alt, not Ctrl: Ctrl+1…9 switch the window's areas everywhere
            if (e.isAltDown()
                    && !e.isShiftDown()
                    && !e.isShortcutDown()
                    && e.getCode().isDigitKey()
                    && e.getCode() != KeyCode.DIGIT0
                    && e.getCode() != KeyCode.NUMPAD0) {
                int index = e.getCode().getCode()
                        - (e.getCode().isKeypadKey() ? KeyCode.NUMPAD1.getCode() : KeyCode.DIGIT1.getCode());
                if (index < tabs.getTabs().size()) {
                    tabs.getSelectionModel().select(index);
                    e.consume();
                }
            } else if (LIVE.match(e)) {
                model.useLive();
                e.consume();
            } else if (SELECTED.match(e)) {
                model.useSelectedAssets();
                e.consume();
            } else if (COMPARE.match(e)) {
                tabs.getSelectionModel().select(4);
                whatIf.compare();
                e.consume();
            }
        });
    }

    private static Tab tab(UiText text, String key, javafx.scene.Node content) {
        Tab tab = new Tab();
        tab.textProperty().bind(text.bind(key));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.bind(key + ".tip"));
        tab.setTooltip(tip);
        tab.setContent(content);
        return tab;
    }
}
