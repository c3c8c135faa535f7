package org.vigil.visual.content;

import java.util.Objects;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vigil.visual.task.Background;
import org.vigil.visual.text.UiText;

/**
 * The Content area: filters over the catalogue of templates and lessons, the selected item's
 * preview beside it, and the export of the selected rows below the list. The library is read the
 * first time the page is shown.
 */
public final class ContentView extends VBox {

    public ContentView(ContentViewModel model, UiText text, Background background) {
        getStyleClass().add("content-page");
        getStylesheets()
                .add(Objects.requireNonNull(ContentView.class.getResource("content.css"))
                        .toExternalForm());
        setSpacing(12);
        Label heading = new Label();
        heading.textProperty().bind(text.bind("content.heading"));
        heading.getStyleClass().addAll("title-2", "page-heading");
        Label count = new Label();
        count.setId("content-count");
        count.getStyleClass().add("text-muted");
        count.textProperty()
                .bind(text.bind(
                        () -> model.problemsProperty().get() > 0
                                ? text.get("content.count", model.items().size(), model.total())
                                        + " · "
                                        + text.get(
                                                "content.problems",
                                                model.problemsProperty().get())
                                : text.get("content.count", model.items().size(), model.total()),
                        model.items(),
                        model.problemsProperty()));
        Label failure = new Label();
        failure.getStyleClass().add("text-danger");
        failure.setWrapText(true);
        failure.textProperty()
                .bind(text.bind(
                        () -> model.failureProperty().get() == null
                                ? ""
                                : text.get(
                                        "content.failed",
                                        model.failureProperty().get()),
                        model.failureProperty()));
        failure.visibleProperty().bind(model.failureProperty().isNotNull());
        failure.managedProperty().bind(model.failureProperty().isNotNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, heading, spacer, count);
        top.setAlignment(Pos.BASELINE_LEFT);

        PreviewPane preview = new PreviewPane(model, text, model.renderer(), background);
        CatalogueList list = new CatalogueList(model, text, preview::focusFirst);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox catalogue = new VBox(10, list, new ExportPanel(model.export(), text));
        catalogue.getStyleClass().add("catalogue");
        SplitPane split = new SplitPane(catalogue, preview);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.4);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(top, new CatalogueFilterBar(model, text), failure, split);
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.load();
            }
        });
    }
}
