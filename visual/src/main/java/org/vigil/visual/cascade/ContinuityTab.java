package org.vigil.visual.cascade;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import org.vigil.visual.text.UiText;

/** Continuity breaches: the Gantt chart above, the same rows in words below (for keyboard and screen readers). */
final class ContinuityTab extends BorderPane {

    ContinuityTab(CascadeViewModel model, UiText text) {
        ContinuityGantt gantt = new ContinuityGantt(text);
        ScrollPane scroll = new ScrollPane(gantt);
        scroll.setFitToWidth(true);
        ObservableList<ContinuityRow> rows = FXCollections.observableArrayList();
        ListView<ContinuityRow> list = new ListView<>(rows);
        list.setId("cascade-continuity-rows");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ContinuityRow item, boolean empty) {
                super.updateItem(item, empty);
                PanelAnalysis analysis = model.analysisProperty().get();
                setText(
                        empty || item == null || analysis == null
                                ? null
                                : ContinuityGantt.describe(item, analysis.outcome(), text, model::assetName));
            }
        });
        Label empty = new Label();
        empty.textProperty().bind(text.bind("cascade.continuity.empty"));
        list.setPlaceholder(empty);
        Runnable show = () -> {
            PanelAnalysis analysis = model.analysisProperty().get();
            gantt.show(analysis == null ? null : analysis.outcome(), model::assetName);
            rows.setAll(
                    analysis == null ? java.util.List.of() : analysis.outcome().continuity());
        };
        model.analysisProperty().addListener((obs, old, now) -> show.run());
        text.messagesProperty().addListener((obs, old, now) -> list.refresh());
        show.run();
        SplitPane split = new SplitPane(scroll, list);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.65);
        Label legend = new Label();
        legend.textProperty().bind(text.bind("cascade.continuity.legend"));
        legend.setWrapText(true);
        setCenter(split);
        setBottom(legend);
    }
}
