package org.vigil.visual.graph;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.vigil.visual.text.ModelText;
import org.vigil.visual.text.UiText;

/**
 * The selected node in words: what it is, where it sits, how it stands at the shown minute and, for
 * an impacted asset, the chain of dependencies the cascade most likely takes to it, hop by hop.
 */
final class NodeDetailsPanel extends VBox {

    private final GraphViewModel model;
    private final UiText text;
    private final MinuteText minutes;

    NodeDetailsPanel(GraphViewModel model, UiText text) {
        this.model = model;
        this.text = text;
        this.minutes = new MinuteText(text);
        getStyleClass().add("graph-details");
        setSpacing(6);
        model.detailsProperty().addListener((obs, old, now) -> fill());
        text.messagesProperty().addListener((obs, old, now) -> fill());
        fill();
    }

    private void fill() {
        getChildren().clear();
        Label title = new Label(text.get("graph.details.title"));
        title.getStyleClass().add("graph-details-title");
        getChildren().add(title);
        NodeDetails details = model.detailsProperty().get();
        if (details == null) {
            getChildren().add(wrapped(text.get("graph.details.none")));
            return;
        }
        Label name = new Label(details.name());
        name.getStyleClass().add("graph-details-name");
        name.setWrapText(true);
        getChildren()
                .addAll(
                        name,
                        wrapped(text.get("graph.details.kind." + details.kind().name())));
        GridPane facts = new GridPane();
        facts.getStyleClass().add("graph-details-facts");
        facts.setHgap(10);
        facts.setVgap(3);
        int row = 0;
        ModelText names = new ModelText(text);
        if (details.layer().isPresent()) {
            fact(
                    facts,
                    row++,
                    "graph.details.layer",
                    names.layer(details.layer().get()));
        }
        fact(facts, row++, "graph.details.organisation", details.organisationName());
        fact(
                facts,
                row++,
                "graph.details.condition",
                text.get("graph.condition." + details.condition().name()));
        fact(facts, row++, "graph.details.impact", text.get("graph.details.impact.value", details.impact()));
        fact(
                facts,
                row++,
                "graph.details.onset",
                details.onsetMinute().isPresent()
                        ? minutes.of(details.onsetMinute().getAsDouble())
                        : text.get("graph.details.onset.never"));
        if (details.memberCount() > 1) {
            fact(facts, row++, "graph.details.members", Integer.toString(details.memberCount()));
        }
        getChildren().add(facts);
        if (details.incident()) {
            Label incident = wrapped(text.get("graph.details.incident"));
            incident.getStyleClass().add("graph-details-incident");
            getChildren().add(incident);
        }
        if (details.kind() != org.vigil.visual.graph.scene.NodeKind.ASSET) {
            return;
        }
        Label path = new Label(text.get("graph.details.path"));
        path.getStyleClass().add("graph-details-title");
        getChildren().add(path);
        if (details.explanation().isEmpty()) {
            getChildren().add(wrapped(text.get("graph.details.path.none")));
            return;
        }
        NodeDetails.Explanation why = details.explanation().get();
        getChildren()
                .add(wrapped(text.get("graph.details.path.start", why.startName(), minutes.of(why.startMinute()))));
        for (NodeDetails.PathHop hop : why.hops()) {
            Label line = wrapped(text.get(
                    "graph.details.path.hop",
                    hop.fromName(),
                    hop.toName(),
                    minutes.of(hop.arrivalMinute()),
                    hop.likelihood()));
            line.getStyleClass().add("graph-details-hop");
            getChildren().add(line);
        }
        getChildren().add(wrapped(text.get("graph.details.path.likelihood", why.likelihood())));
    }

    private void fact(GridPane facts, int row, String key, String value) {
        Label name = new Label(text.get(key));
        name.getStyleClass().add("graph-details-key");
        name.setMinWidth(USE_PREF_SIZE); // the value wraps; the name of the fact is never cut
        Label shown = new Label(value);
        shown.setWrapText(true);
        facts.addRow(row, name, shown);
    }

    private static Label wrapped(String value) {
        Label label = new Label(value);
        label.setWrapText(true);
        return label;
    }
}
