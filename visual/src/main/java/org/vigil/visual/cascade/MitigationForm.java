package org.vigil.visual.cascade;

import java.util.List;
import java.util.OptionalDouble;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.vigil.core.cascade.Mitigation;
import org.vigil.core.model.Asset;
import org.vigil.visual.text.UiText;

/**
 * Defines one mitigation for run B: what (isolate, restore, switch supplier, manual fallback), on
 * which asset, when (minutes or a duration after the first start) and, for a switch, the supplier
 * replaced and its alternative; for a fallback its delay and the impact left.
 */
final class MitigationForm extends FlowPane {

    enum Kind {
        ISOLATE,
        RESTORE,
        SWITCH,
        FALLBACK
    }

    private final CascadeViewModel model;
    private final UiText text;
    private final ComboBox<Kind> kind = new ComboBox<>(FXCollections.observableArrayList(Kind.values()));
    private final ComboBox<String> asset = new ComboBox<>();
    private final TextField at = new TextField("60");
    private final ComboBox<String> supplier = new ComboBox<>();
    private final ComboBox<String> alternative = new ComboBox<>();
    private final Spinner<Integer> residual = new Spinner<>(0, 100, 30, 5);
    private final Label problem = new Label();

    MitigationForm(CascadeViewModel model, UiText text) {
        super(8, 6);
        this.model = model;
        this.text = text;
        setAlignment(Pos.CENTER_LEFT);
        kind.setId("cascade-mitigation-kind");
        kind.setValue(Kind.RESTORE);
        kind.setCellFactory(l -> new KindCell());
        kind.setButtonCell(new KindCell());
        asset.setId("cascade-mitigation-asset");
        for (ComboBox<String> box : List.of(asset, supplier, alternative)) {
            box.setCellFactory(l -> new AssetCell());
            box.setButtonCell(new AssetCell());
            box.setPrefWidth(190);
        }
        at.setPrefColumnCount(6);
        residual.setEditable(true);
        residual.setPrefWidth(90);
        model.loadedProperty().addListener((obs, old, now) -> fillAssets(now));
        fillAssets(model.loadedProperty().get());
        asset.valueProperty().addListener((obs, old, now) -> {
            supplier.getItems().setAll(model.whatIf().suppliersOf(now));
            supplier.getSelectionModel().selectFirst();
        });
        text.messagesProperty().addListener((obs, old, now) -> {
            kind.setCellFactory(l -> new KindCell());
            kind.setButtonCell(new KindCell());
        });
        Button add = new Button();
        add.setId("cascade-mitigation-add");
        add.setMnemonicParsing(true);
        add.textProperty().bind(text.bind("cascade.whatif.add"));
        add.setTooltip(tip("cascade.whatif.add.tip"));
        add.setOnAction(e -> add());
        problem.getStyleClass().add("text-danger");
        problem.setWrapText(true);

        Label supplierLabel = label("cascade.whatif.supplier", supplier);
        Label alternativeLabel = label("cascade.whatif.alternative", alternative);
        Label atLabel = label("cascade.whatif.at", at);
        Label residualLabel = label("cascade.whatif.residual", residual);
        for (var node : List.of(supplierLabel, supplier, alternativeLabel, alternative)) {
            node.visibleProperty().bind(kind.valueProperty().isEqualTo(Kind.SWITCH));
            node.managedProperty().bind(node.visibleProperty());
        }
        residualLabel.visibleProperty().bind(kind.valueProperty().isEqualTo(Kind.FALLBACK));
        residualLabel.managedProperty().bind(residualLabel.visibleProperty());
        residual.visibleProperty().bind(residualLabel.visibleProperty());
        residual.managedProperty().bind(residualLabel.visibleProperty());
        atLabel.textProperty()
                .bind(text.bind(
                        () -> text.get(kind.getValue() == Kind.FALLBACK ? "cascade.whatif.after" : "cascade.whatif.at"),
                        kind.valueProperty()));
        at.setTooltip(tip("cascade.whatif.at.tip"));
        kind.setTooltip(tip("cascade.whatif.kind.tip"));
        getChildren()
                .addAll(
                        label("cascade.whatif.kind", kind),
                        kind,
                        label("cascade.whatif.asset", asset),
                        asset,
                        atLabel,
                        at,
                        supplierLabel,
                        supplier,
                        alternativeLabel,
                        alternative,
                        residualLabel,
                        residual,
                        add,
                        problem);
    }

    private void fillAssets(LoadedScenario loaded) {
        List<String> ids = loaded == null
                ? List.of()
                : loaded.scenario().assets().stream().map(Asset::id).toList();
        asset.getItems().setAll(ids);
        alternative.getItems().setAll(ids);
    }

    private void add() {
        problem.setText("");
        if (asset.getValue() == null) {
            problem.setText(text.get("cascade.whatif.chooseAsset"));
            return;
        }
        OptionalDouble minutes = DurationInput.minutes(at.getText());
        if (minutes.isEmpty()) {
            problem.setText(text.get("cascade.whatif.badTime", at.getText()));
            return;
        }
        double m = minutes.getAsDouble();
        Mitigation mitigation;
        switch (kind.getValue()) {
            case ISOLATE -> mitigation = new Mitigation.Isolate(asset.getValue(), m);
            case RESTORE -> mitigation = new Mitigation.Restore(asset.getValue(), m);
            case FALLBACK ->
                mitigation = new Mitigation.ManualFallback(asset.getValue(), m, residual.getValue() / 100.0);
            default -> {
                if (supplier.getValue() == null || alternative.getValue() == null) {
                    problem.setText(text.get("cascade.whatif.chooseSupplier"));
                    return;
                }
                mitigation = new Mitigation.RedundantSupplier(
                        asset.getValue(), supplier.getValue(), alternative.getValue(), m);
            }
        }
        model.whatIf().add(mitigation);
    }

    private Label label(String key, javafx.scene.Node target) {
        Label label = new Label();
        label.setMnemonicParsing(true);
        label.textProperty().bind(text.bind(key));
        label.setLabelFor(target);
        return label;
    }

    private Tooltip tip(String key) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.bind(key));
        return tip;
    }

    private final class KindCell extends ListCell<Kind> {
        @Override
        protected void updateItem(Kind item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.get("cascade.whatif.kind." + item.name()));
        }
    }

    private final class AssetCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : model.assetName(item));
        }
    }
}
