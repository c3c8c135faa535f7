package org.vigil.visual.graph;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.vigil.core.model.Layer;
import org.vigil.core.model.Organisation;
import org.vigil.visual.graph.render.GraphCanvas;
import org.vigil.visual.graph.render.GraphExport;
import org.vigil.visual.graph.scene.NodeCondition;
import org.vigil.visual.text.ModelText;
import org.vigil.visual.text.UiText;

/**
 * The graph page's toolbar: layout (with the force layout's progress and cancel), level of detail,
 * expand and collapse all, filters, asset search with suggestions, focus depth, fit and zoom, undo
 * and redo of moves, and export as PNG or SVG.
 */
final class GraphToolbar extends ToolBar {

    private final GraphViewModel model;
    private final UiText text;
    private final GraphCanvas canvas;
    private final TextField search = new TextField();
    private final MenuButton filter = new MenuButton();
    private final Label searchMessage = new Label();

    GraphToolbar(GraphViewModel model, UiText text, GraphCanvas canvas) {
        this.model = model;
        this.text = text;
        this.canvas = canvas;
        getStyleClass().add("graph-toolbar");
        GraphOptions options = model.options();

        ComboBox<LayoutKind> layout = new ComboBox<>(FXCollections.observableArrayList(LayoutKind.values()));
        layout.setId("graph-layout");
        layout.valueProperty().bindBidirectional(options.layoutProperty());
        translated(layout, kind -> "graph.layout." + kind.name());
        tooltip(layout, "graph.toolbar.layout.tooltip");
        Label layoutLabel = label("graph.toolbar.layout");
        layoutLabel.setLabelFor(layout);
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.layoutProgressProperty());
        progress.setPrefWidth(80);
        Button cancel = button("graph.layout.cancel", null, "graph.layout.cancel.tooltip", model::cancelLayout);
        for (Node running : List.of(progress, cancel)) {
            running.visibleProperty().bind(model.layoutRunningProperty());
            running.managedProperty().bind(model.layoutRunningProperty());
        }

        ComboBox<DetailLevel> detail = new ComboBox<>(FXCollections.observableArrayList(DetailLevel.values()));
        detail.setId("graph-detail");
        detail.setValue(options.detailLevelProperty().get());
        options.detailLevelProperty().addListener((obs, old, now) -> detail.setValue(now));
        detail.setOnAction(e -> {
            if (detail.getValue() != null
                    && detail.getValue() != options.detailLevelProperty().get()) {
                options.showDetail(detail.getValue());
            }
        });
        translated(detail, level -> "graph.detail." + level.name());
        Label detailLabel = label("graph.toolbar.detail");
        detailLabel.setLabelFor(detail);
        tooltip(detail, "graph.toolbar.detail.tooltip");
        Button expand = button("graph.toolbar.expandAll", null, "graph.toolbar.expandAll.tooltip", options::expandAll);
        Button collapse =
                button("graph.toolbar.collapseAll", null, "graph.toolbar.collapseAll.tooltip", options::collapseAll);

        filter.setId("graph-filter");
        filter.textProperty().bind(text.bind("graph.toolbar.filter"));
        tooltip(filter, "graph.toolbar.filter.tooltip");
        filter.setOnShowing(e -> fillFilter());

        search.setId("graph-search");
        search.promptTextProperty().bind(text.bind("graph.toolbar.search.prompt"));
        tooltip(search, "graph.toolbar.search.tooltip");
        search.setPrefColumnCount(16);
        TextFields.bindAutoCompletion(search, request -> model.suggestions(request.getUserText()), hitConverter())
                .setOnAutoCompleted(e -> {
                    model.reveal(e.getCompletion().assetId());
                    search.clear();
                });
        search.setOnAction(e -> findTyped());
        search.textProperty().addListener((obs, old, now) -> searchMessage.setText(""));
        searchMessage.getStyleClass().add("text-danger");

        Label focusLabel = label("graph.toolbar.focus");
        Spinner<Integer> focus = new Spinner<>(FocusNeighbourhood.MIN_HOPS, FocusNeighbourhood.MAX_HOPS, 1);
        focus.setId("graph-focus-depth");
        focus.setPrefWidth(70);
        focus.getValueFactory()
                .valueProperty()
                .addListener((obs, old, now) -> model.focusDepthProperty().set(now));
        model.focusDepthProperty()
                .addListener((obs, old, now) -> focus.getValueFactory().setValue(now.intValue()));
        focusLabel.setLabelFor(focus);
        tooltip(focus, "graph.toolbar.focus.tooltip");

        Button fit = button("graph.toolbar.fit", null, "graph.toolbar.fit.tooltip", canvas::fitToView);
        Button zoomIn = button(null, ControlIcons.zoomIn(), "graph.toolbar.zoomIn.tooltip", canvas::zoomIn);
        Button zoomOut = button(null, ControlIcons.zoomOut(), "graph.toolbar.zoomOut.tooltip", canvas::zoomOut);
        Button undo = button(null, ControlIcons.undo(), "graph.toolbar.undo.tooltip", options::undo);
        undo.disableProperty().bind(options.canUndoProperty().not());
        Button redo = button(null, ControlIcons.redo(), "graph.toolbar.redo.tooltip", options::redo);
        redo.disableProperty().bind(options.canRedoProperty().not());
        GraphExport export = new GraphExport();
        Button png = button(
                "graph.toolbar.exportPng", null, "graph.toolbar.exportPng.tooltip", () -> export("png", export::png));
        Button svg = button(
                "graph.toolbar.exportSvg", null, "graph.toolbar.exportSvg.tooltip", () -> export("svg", export::svg));

        getItems()
                .addAll(
                        layoutLabel,
                        layout,
                        progress,
                        cancel,
                        detailLabel,
                        detail,
                        expand,
                        collapse,
                        filter,
                        search,
                        searchMessage,
                        focusLabel,
                        focus,
                        fit,
                        zoomIn,
                        zoomOut,
                        undo,
                        redo,
                        png,
                        svg);
        model.organisations().addListener((ListChangeListener<Organisation>) c -> fillFilter());
        text.messagesProperty().addListener((obs, old, now) -> fillFilter());
        fillFilter();
    }

    /** Puts the keyboard in the search field (Ctrl+F). */
    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void findTyped() {
        String typed = search.getText();
        model.find(typed)
                .or(() -> model.suggestions(typed).stream().findFirst())
                .ifPresentOrElse(
                        hit -> {
                            model.reveal(hit.assetId());
                            search.clear();
                        },
                        () -> searchMessage.setText(text.get("graph.toolbar.search.notFound", typed)));
    }

    private void fillFilter() {
        GraphFilter current = model.options().filterProperty().get();
        ModelText names = new ModelText(text);
        filter.getItems().clear();
        filter.getItems().add(header("graph.filter.layers"));
        for (Layer layer : LayeredLayout.BAND_ORDER) {
            filter.getItems()
                    .add(check(
                            names.layer(layer),
                            !current.hiddenLayers().contains(layer),
                            shown -> model.options().showLayer(layer, shown)));
        }
        filter.getItems().addAll(new SeparatorMenuItem(), header("graph.filter.organisations"));
        for (Organisation organisation : model.organisations()) {
            filter.getItems()
                    .add(check(
                            model.organisationName(organisation),
                            !current.hiddenOrganisations().contains(organisation.id()),
                            shown -> model.options().showOrganisation(organisation.id(), shown)));
        }
        filter.getItems().addAll(new SeparatorMenuItem(), header("graph.filter.conditions"));
        for (NodeCondition condition : NodeCondition.values()) {
            filter.getItems()
                    .add(check(
                            text.get("graph.condition." + condition.name()),
                            !current.hiddenConditions().contains(condition),
                            shown -> model.options().showCondition(condition, shown)));
        }
        MenuItem clear = new MenuItem(text.get("graph.filter.clear"));
        clear.setOnAction(e -> model.options().clearFilter());
        filter.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private MenuItem header(String key) {
        MenuItem header = new MenuItem(text.get(key));
        header.setDisable(true);
        return header;
    }

    private static CheckMenuItem check(String name, boolean shown, java.util.function.Consumer<Boolean> action) {
        CheckMenuItem item = new CheckMenuItem(name);
        item.setSelected(shown);
        item.selectedProperty().addListener((obs, was, is) -> action.accept(is));
        return item;
    }

    private void export(String extension, SceneExport writer) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("graph.export.title"));
        chooser.setInitialFileName("graph." + extension);
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT), "*." + extension));
        java.io.File file =
                chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            Path path = file.toPath();
            model.export(path, writer);
        }
    }

    private Button button(String key, Node icon, String tooltipKey, Runnable action) {
        Button button = new Button(null, icon);
        if (key != null) {
            button.textProperty().bind(text.bind(key));
        } else {
            button.accessibleTextProperty().bind(text.bind(tooltipKey));
            button.getStyleClass().add("graph-icon-button");
        }
        tooltip(button, tooltipKey);
        button.setOnAction(e -> action.run());
        return button;
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(text.bind(key));
        return label;
    }

    private void tooltip(javafx.scene.control.Control control, String key) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(text.bind(key));
        control.setTooltip(tooltip);
    }

    private <T> void translated(ComboBox<T> box, java.util.function.Function<T, String> key) {
        java.util.function.Supplier<ListCell<T>> cell = () -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.get(key.apply(item)));
            }
        };
        box.setCellFactory(list -> cell.get());
        box.setButtonCell(cell.get());
        // New cells after a language switch, so the list and the button read in the new language.
        text.messagesProperty().addListener((obs, old, now) -> {
            box.setCellFactory(list -> cell.get());
            box.setButtonCell(cell.get());
        });
    }

    private StringConverter<AssetSearch.Hit> hitConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(AssetSearch.Hit hit) {
                return hit == null ? "" : hit.toString();
            }

            @Override
            public AssetSearch.Hit fromString(String typed) {
                return model.find(typed).orElse(null);
            }
        };
    }
}
