package org.vigil.visual.graph;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import org.vigil.visual.anomaly.StreamTexts;
import org.vigil.visual.text.UiText;

/**
 * The selected asset's anomalies in the shown time, newest first, each with its stream, observed and
 * expected value and score; hidden when it has none.
 */
final class GraphAnomalyPanel extends VBox {

    /** At most this many are listed; the count says how many there are. */
    static final int MAX_LISTED = 20;

    private final GraphViewModel model;
    private final GraphAnomalies anomalies;
    private final UiText text;
    private final StreamTexts texts;

    GraphAnomalyPanel(GraphViewModel model, GraphAnomalies anomalies, UiText text) {
        this.model = model;
        this.anomalies = anomalies;
        this.text = text;
        this.texts = new StreamTexts(text);
        getStyleClass().add("graph-details");
        setSpacing(6);
        model.detailsProperty().addListener((obs, old, now) -> fill());
        anomalies.byAssetProperty().addListener((obs, old, now) -> fill());
        text.messagesProperty().addListener((obs, old, now) -> fill());
        fill();
    }

    private void fill() {
        getChildren().clear();
        NodeDetails details = model.detailsProperty().get();
        List<GraphAnomalies.Note> notes = details == null
                ? List.of()
                : anomalies.byAssetProperty().get().getOrDefault(details.nodeId(), List.of());
        setVisible(!notes.isEmpty());
        setManaged(!notes.isEmpty());
        if (notes.isEmpty()) {
            return;
        }
        Label title = new Label(text.get("anomaly.graph.details.title"));
        title.getStyleClass().add("graph-details-title");
        Label count = new Label(text.get("anomaly.graph.badge", notes.size()));
        getChildren().addAll(new HBox(6, star(), title), count);
        for (GraphAnomalies.Note note : notes.subList(0, Math.min(MAX_LISTED, notes.size()))) {
            Label line = new Label(texts.anomaly(note.summary(), note.time()));
            line.setWrapText(true);
            getChildren().add(line);
        }
    }

    /** The badge's star, so the list and the badge read as one. */
    static Polygon star() {
        double[] points = new double[16];
        for (int k = 0; k < 8; k++) {
            double r = k % 2 == 0 ? 7 : 2.2;
            double angle = Math.PI / 4 * k - Math.PI / 2;
            points[2 * k] = 7 + r * Math.cos(angle);
            points[2 * k + 1] = 7 + r * Math.sin(angle);
        }
        Polygon star = new Polygon(points);
        star.setFill(Color.web("#CC79A7"));
        star.setStroke(Color.BLACK);
        return star;
    }
}
