package org.vigil.visual.situation;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vigil.core.model.Layer;
import org.vigil.core.model.ScenarioSummary;
import org.vigil.visual.text.ModelText;
import org.vigil.visual.text.UiText;

/** The scenario picker: each scenario with its organisations and asset counts by layer. */
public final class ScenarioListView extends VBox {

    private final ListView<ScenarioSummary> list = new ListView<>();

    public ScenarioListView(ScenarioListViewModel model, UiText text) {
        getStyleClass().add("scenario-list");
        setSpacing(8);
        ModelText modelText = new ModelText(text);
        Label heading = new Label();
        heading.textProperty().bind(text.bind("situation.scenarios.heading"));
        heading.getStyleClass().addAll("title-4", "section-heading");
        heading.setLabelFor(list);
        list.setId("scenario-list");
        list.setItems(model.scenarios());
        list.setCellFactory(view -> new SummaryCell(text, modelText));
        Label empty = new Label();
        empty.textProperty().bind(text.bind("situation.scenarios.empty"));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty()
                .addListener((obs, old, now) -> list.getSelectionModel().select(now));
        text.messagesProperty().addListener((obs, old, now) -> list.refresh());
        // The interface size setting changes fonts; cards must then be measured again.
        heading.fontProperty().addListener((obs, old, now) -> list.refresh());
        // Wrapped text changes height with width: measure the cards again when the list is resized.
        list.widthProperty().addListener((obs, old, now) -> list.refresh());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, list);
    }

    /** The picker shows the story's first sentence; the whole story is the tooltip. */
    static String firstSentence(String text, Locale locale) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(locale);
        sentences.setText(text);
        int end = sentences.next();
        return end == BreakIterator.DONE ? text : text.substring(0, end).strip();
    }

    private static final class SummaryCell extends ListCell<ScenarioSummary> {
        private final UiText text;
        private final ModelText modelText;
        private final Label name = new Label();
        private final Label description = new Label();
        private final Label organisations = new Label();
        private final Label counts = new Label();
        private final FlowPane layers = new FlowPane(6, 4);
        private final VBox box = new VBox(4, name, description, organisations, counts, layers);
        private boolean bound;

        SummaryCell(UiText text, ModelText modelText) {
            this.text = text;
            this.modelText = modelText;
            name.getStyleClass().add("scenario-name");
            name.setWrapText(true);
            description.setWrapText(true);
            description.getStyleClass().addAll("text-muted", "scenario-description");
            organisations.setWrapText(true);
            organisations.getStyleClass().add("scenario-organisations");
            counts.getStyleClass().add("text-small");
            counts.setWrapText(true);
            box.getStyleClass().add("scenario-card");
            for (Label label : new Label[] {name, description, organisations, counts}) {
                // A wrapping label in a list cell needs a fixed width to know its height.
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
            box.setMinWidth(0);
        }

        @Override
        protected void updateItem(ScenarioSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            name.setText(modelText.scenarioName(item));
            String story = modelText.scenarioDescription(item);
            description.setText(firstSentence(story, text.messages().language().locale()));
            Tooltip whole = new Tooltip(story);
            whole.setWrapText(true);
            whole.setMaxWidth(480);
            description.setTooltip(whole);
            organisations.setText(item.organisations().stream()
                    .map(o -> modelText.organisationName(item.texts(), o))
                    .collect(Collectors.joining(" · ")));
            counts.setText(text.get(
                            "situation.scenarios.organisations",
                            item.organisations().size())
                    + " · " + text.get("situation.scenarios.assets", item.assetCount())
                    + " · " + text.get("situation.scenarios.events", item.timelineEventCount()));
            layers.getChildren().clear();
            for (Layer layer : Layer.values()) {
                Label badge = new Label(
                        modelText.layer(layer) + " " + item.assetCountsByLayer().get(layer));
                badge.getStyleClass()
                        .addAll("layer-badge", "layer-" + layer.name().toLowerCase(Locale.ROOT));
                layers.getChildren().add(badge);
            }
            if (!bound) {
                box.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
                box.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
                // Texts are measured a little narrower than the card, so that its padding never makes
                // them wrap into a line the cell did not make room for.
                for (Region region : new Region[] {name, description, organisations, counts, layers}) {
                    region.prefWidthProperty()
                            .bind(getListView().widthProperty().subtract(52));
                    region.maxWidthProperty().bind(getListView().widthProperty().subtract(52));
                }
                // A flow pane measures its height at its wrap length, not at its width.
                layers.prefWrapLengthProperty()
                        .bind(getListView().widthProperty().subtract(52));
                bound = true;
            }
            setText(null);
            setGraphic(box);
        }
    }
}
