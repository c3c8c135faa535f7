package org.vigil.visual.cascade;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.vigil.visual.text.UiText;

/**
 * The riskiest chains as readable lines; selecting one (click, Enter or the context menu) selects
 * its assets in the situation views.
 */
final class ChainsTab extends BorderPane {

    private final CascadeViewModel model;
    private final UiText text;
    private final CascadeTimes times;

    ChainsTab(CascadeViewModel model, UiText text) {
        this.model = model;
        this.text = text;
        this.times = new CascadeTimes(text);
        ListView<ChainRow> list = new ListView<>(model.chains());
        list.setId("cascade-chains");
        list.setCellFactory(l -> new ChainCell());
        Label empty = new Label();
        empty.textProperty().bind(text.bind("cascade.chains.empty"));
        list.setPlaceholder(empty);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.bind("cascade.chains.tip"));
        list.setTooltip(tip);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectChain(now));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.selectChain(list.getSelectionModel().getSelectedItem());
            }
        });
        MenuItem select = new MenuItem();
        select.textProperty().bind(text.bind("cascade.chains.select"));
        select.setOnAction(e -> model.selectChain(list.getSelectionModel().getSelectedItem()));
        list.setContextMenu(new ContextMenu(select));
        text.messagesProperty().addListener((obs, old, now) -> list.refresh());

        Label scopeLabel = new Label();
        scopeLabel.setMnemonicParsing(true);
        scopeLabel.textProperty().bind(text.bind("cascade.chains.scope"));
        ComboBox<CascadeViewModel.ChainScope> scope =
                new ComboBox<>(FXCollections.observableArrayList(CascadeViewModel.ChainScope.values()));
        scope.setId("cascade-chain-scope");
        scope.valueProperty().bindBidirectional(model.chainScopeProperty());
        scope.setCellFactory(l -> new ScopeCell());
        scope.setButtonCell(new ScopeCell());
        text.messagesProperty().addListener((obs, old, now) -> {
            scope.setCellFactory(l -> new ScopeCell());
            scope.setButtonCell(new ScopeCell());
        });
        scopeLabel.setLabelFor(scope);
        HBox bar = new HBox(10, scopeLabel, scope);
        bar.setAlignment(Pos.CENTER_LEFT);
        setTop(bar);
        setCenter(list);
    }

    private String describe(ChainRow chain) {
        List<String> names = chain.assetIds().stream().map(model::assetName).toList();
        String path = String.join(" " + text.get("cascade.chains.separator") + " ", names);
        StartSet starts = model.startSetProperty().get();
        return chain.arrivalMinute().isPresent() && starts != null
                ? text.get(
                        "cascade.chains.rowArrival",
                        path,
                        chain.likelihood(),
                        chain.risk(),
                        times.after(chain.arrivalMinute().getAsDouble(), starts.origin()))
                : text.get("cascade.chains.row", path, chain.likelihood(), chain.risk());
    }

    private final class ChainCell extends ListCell<ChainRow> {
        @Override
        protected void updateItem(ChainRow item, boolean empty) {
            super.updateItem(item, empty);
            setWrapText(true);
            setPrefWidth(0);
            setText(empty || item == null ? null : describe(item));
        }
    }

    private final class ScopeCell extends ListCell<CascadeViewModel.ChainScope> {
        @Override
        protected void updateItem(CascadeViewModel.ChainScope item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.get("cascade.chains.scope." + item.name()));
        }
    }
}
