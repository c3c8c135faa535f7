package org.vigil.visual.graph;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.vigil.visual.graph.render.GraphCanvas;
import org.vigil.visual.graph.scene.GraphScene;
import org.vigil.visual.graph.scene.NodeKind;
import org.vigil.visual.graph.scene.SceneNode;
import org.vigil.visual.text.ModelText;
import org.vigil.visual.text.UiText;

/**
 * The interdependency graph page: toolbar on top, the canvas in the middle, the time slider below,
 * the selected node's details and the legend at the right. Keys: Space plays or pauses, Left and
 * Right step, Home and End go to the start and the last horizon, Ctrl+F searches, F fits, + and −
 * zoom, Ctrl+Z and Ctrl+Y undo and redo moves, Escape clears the selection.
 */
public final class GraphView extends BorderPane {

    private static final KeyCombination SEARCH = KeyCombination.valueOf("Shortcut+F");
    private static final KeyCombination UNDO = KeyCombination.valueOf("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.valueOf("Shortcut+Y");
    private static final KeyCombination REDO_SHIFT = KeyCombination.valueOf("Shortcut+Shift+Z");

    private final GraphViewModel model;
    private final UiText text;
    private final GraphCanvas canvas = new GraphCanvas();
    private final GraphToolbar toolbar;
    private final VBox side;

    public GraphView(GraphViewModel model, UiText text) {
        this.model = model;
        this.text = text;
        getStyleClass().add("graph-page");
        getStylesheets()
                .add(Objects.requireNonNull(GraphView.class.getResource("graph.css"))
                        .toExternalForm());
        toolbar = new GraphToolbar(model, text, canvas);

        Label heading = new Label();
        heading.textProperty().bind(text.bind("graph.heading"));
        heading.getStyleClass().addAll("title-3", "page-heading");
        Label failure = new Label();
        failure.getStyleClass().add("text-danger");
        failure.setWrapText(true);
        failure.textProperty()
                .bind(text.bind(
                        () -> model.failureProperty().get() == null
                                ? ""
                                : text.get(
                                        "graph.failure", model.failureProperty().get()),
                        model.failureProperty()));
        failure.managedProperty().bind(model.failureProperty().isNotNull());
        Label exported = new Label();
        exported.textProperty()
                .bind(text.bind(
                        () -> model.exportedProperty().get() == null
                                ? ""
                                : text.get(
                                        "graph.export.done",
                                        model.exportedProperty().get().toString()),
                        model.exportedProperty()));
        exported.managedProperty().bind(model.exportedProperty().isNotNull());
        setTop(new VBox(4, heading, toolbar, failure, exported));

        canvas.setId("graph-canvas");
        Label empty = new Label();
        empty.textProperty().bind(text.bind("graph.empty"));
        empty.setWrapText(true);
        empty.visibleProperty().bind(model.sceneProperty().isEqualTo(GraphScene.empty()));
        empty.setMouseTransparent(true);
        StackPane centre = new StackPane(canvas, empty);
        StackPane.setAlignment(empty, Pos.CENTER);
        centre.getStyleClass().add("graph-centre");
        setCenter(centre);

        setBottom(new TimeSliderBar(model.clock(), text));

        side = new VBox(12, new NodeDetailsPanel(model, text), new GraphLegend(text));
        side.getStyleClass().add("graph-side");
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setPrefWidth(300);
        sideScroll.setMinWidth(220);
        setRight(sideScroll);

        wireCanvas();
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /**
     * Shows anomalies: a badge (star and count) on each asset with anomalies in the shown time, and the
     * selected asset's anomalies listed under its details.
     */
    public void showAnomalies(GraphAnomalies anomalies) {
        side.getChildren().add(1, new GraphAnomalyPanel(model, anomalies, text));
        Label legend = new Label();
        legend.setWrapText(true);
        legend.textProperty().bind(text.bind("anomaly.graph.legend"));
        side.getChildren().add(legend);
        canvas.showAnomalyBadges(anomalies.counts());
        anomalies.byAssetProperty().addListener((obs, old, now) -> canvas.showAnomalyBadges(anomalies.counts()));
    }

    private void wireCanvas() {
        canvas.show(model.sceneProperty().get());
        model.sceneProperty().addListener((obs, old, now) -> {
            canvas.show(now);
            centreOnRevealed();
        });
        model.revealedProperty().addListener((obs, old, now) -> centreOnRevealed());
        canvas.setOnNodeSelected(model::select);
        canvas.setOnNodeActivated(model.options()::activate);
        canvas.setOnNodeMoved(
                move -> model.options().moved(move.nodeId(), move.fromX(), move.fromY(), move.toX(), move.toY()));
        canvas.setContextMenuFactory(this::menuFor);
    }

    private void centreOnRevealed() {
        String revealed = model.revealedProperty().get();
        if (revealed != null && model.sceneProperty().get().node(revealed) != null) {
            canvas.centreOn(revealed);
            model.revealHandled();
        }
    }

    private ContextMenu menuFor(String nodeId) {
        SceneNode node = nodeId == null ? null : model.sceneProperty().get().node(nodeId);
        if (node == null) {
            return null;
        }
        ContextMenu menu = new ContextMenu();
        MenuItem activate =
                new MenuItem(text.get(node.kind() == NodeKind.ASSET ? "graph.menu.collapse" : "graph.menu.expand"));
        activate.setOnAction(e -> model.options().activate(nodeId));
        MenuItem organisation = new MenuItem(text.get("graph.menu.collapseOrganisation"));
        organisation.setOnAction(e -> model.options().collapseOrganisationOf(nodeId));
        organisation.setDisable(node.kind() == NodeKind.ORGANISATION);
        MenuItem centre = new MenuItem(text.get("graph.menu.centre"));
        centre.setOnAction(e -> canvas.centreOn(nodeId));
        menu.getItems().addAll(activate, organisation, centre, new SeparatorMenuItem());
        node.layer().ifPresent(layer -> {
            MenuItem hide = new MenuItem(text.get("graph.menu.hideLayer", new ModelText(text).layer(layer)));
            hide.setOnAction(e -> model.options().showLayer(layer, false));
            menu.getItems().add(hide);
        });
        model.organisations().stream()
                .filter(o -> o.id().equals(node.organisationId()))
                .findFirst()
                .ifPresent(o -> {
                    MenuItem hide = new MenuItem(text.get("graph.menu.hideOrganisation", model.organisationName(o)));
                    hide.setOnAction(e -> model.options().showOrganisation(o.id(), false));
                    menu.getItems().add(hide);
                });
        return menu;
    }

    private void keyPressed(KeyEvent e) {
        if (SEARCH.match(e)) {
            toolbar.focusSearch();
        } else if (UNDO.match(e)) {
            model.options().undo();
        } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
            model.options().redo();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            model.clearSelection();
        } else if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return; // typing: single keys belong to the field
        } else if (e.getCode() == KeyCode.SPACE) {
            model.clock().togglePlay();
        } else if (e.getCode() == KeyCode.LEFT) {
            model.clock().step(-1);
        } else if (e.getCode() == KeyCode.RIGHT) {
            model.clock().step(1);
        } else if (e.getCode() == KeyCode.HOME) {
            model.clock().toStart();
        } else if (e.getCode() == KeyCode.END) {
            model.clock().toEnd();
        } else if (e.getCode() == KeyCode.F) {
            canvas.fitToView();
        } else if (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD || e.getCode() == KeyCode.EQUALS) {
            canvas.zoomIn();
        } else if (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT) {
            canvas.zoomOut();
        } else {
            return;
        }
        e.consume();
    }
}
