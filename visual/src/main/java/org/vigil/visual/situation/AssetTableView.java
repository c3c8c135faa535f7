package org.vigil.visual.situation;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.textfield.TextFields;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Layer;
import org.vigil.visual.text.ModelText;
import org.vigil.visual.text.UiText;

/** The open scenario's assets: free-text filter, layer filter and a sortable table. */
public final class AssetTableView extends VBox {

    private final TableView<Asset> table = new TableView<>();
    private final TextField search = TextFields.createClearableTextField();

    public AssetTableView(AssetTableViewModel model, UiText text) {
        getStyleClass().add("asset-table");
        setSpacing(8);
        ModelText modelText = new ModelText(text);

        Label heading = new Label();
        heading.textProperty().bind(text.bind("assets.heading"));
        heading.getStyleClass().addAll("title-4", "section-heading");

        search.setId("asset-search");
        search.promptTextProperty().bind(text.bind("assets.search.prompt"));
        search.textProperty().bindBidirectional(model.searchProperty());
        heading.setLabelFor(search);

        SegmentedButton layers = layerFilter(model, text, modelText);
        VBox filters = new VBox(6, search, layers);

        table.setId("asset-table");
        table.getColumns().add(column(text, "assets.column.name", model::name, 220, 160));
        table.getColumns().add(column(text, "assets.column.layer", a -> modelText.layer(a.layer()), 90, 80));
        table.getColumns().add(column(text, "assets.column.kind", a -> modelText.kind(a.kind()), 140, 110));
        table.getColumns().add(column(text, "assets.column.owner", model::ownerName, 160, 110));
        TableColumn<Asset, Integer> criticality = new TableColumn<>();
        criticality.textProperty().bind(text.bind("assets.column.criticality"));
        criticality.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().criticality()));
        // Room for the header in the longest language (and the pseudo-locale, 40 % longer than English).
        criticality.setPrefWidth(150);
        criticality.setMinWidth(150);
        criticality.setStyle("-fx-alignment: CENTER;");
        table.getColumns().add(criticality);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        SortedList<Asset> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.summary());
        table.setPlaceholder(placeholder);
        table.getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        text.messagesProperty().addListener((obs, old, now) -> table.refresh());
        VBox.setVgrow(table, Priority.ALWAYS);

        Label summary = new Label();
        summary.setId("asset-summary");
        summary.textProperty().bind(model.summary());
        summary.getStyleClass().add("text-muted");
        setPadding(new Insets(0));
        getChildren().addAll(heading, filters, table, summary);
    }

    private SegmentedButton layerFilter(AssetTableViewModel model, UiText text, ModelText modelText) {
        ToggleButton all = new ToggleButton();
        all.textProperty().bind(text.bind("assets.layer.all"));
        all.setOnAction(e -> model.layerProperty().set(null));
        all.setSelected(true);
        SegmentedButton buttons = new SegmentedButton(all);
        for (Layer layer : Layer.values()) {
            ToggleButton button = new ToggleButton();
            button.setId("layer-" + layer.name().toLowerCase(Locale.ROOT));
            button.textProperty().bind(text.bind(() -> modelText.layer(layer)));
            button.setOnAction(e -> model.layerProperty().set(layer));
            buttons.getButtons().add(button);
        }
        // A segmented button can be emptied by a second click; "all" is then what the user sees.
        buttons.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                all.setSelected(true);
                model.layerProperty().set(null);
            }
        });
        return buttons;
    }

    private static TableColumn<Asset, String> column(
            UiText text, String key, Function<Asset, String> value, double width, double minWidth) {
        TableColumn<Asset, String> column = new TableColumn<>();
        column.textProperty().bind(text.bind(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setComparator(Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        return column;
    }

    public TableView<Asset> table() {
        return table;
    }
}
