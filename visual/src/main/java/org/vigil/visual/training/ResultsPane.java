package org.vigil.visual.training;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vigil.core.training.ModuleProgress;
import org.vigil.core.training.ProgressPoint;
import org.vigil.core.training.Suggestion;
import org.vigil.core.training.TrainingProgress;
import org.vigil.visual.text.UiText;

/**
 * Below the game: the summary of the round just played, the participant's progress (a chart and one
 * line of words per module, so the chart is never the only way to read it) and what to play next.
 */
final class ResultsPane extends HBox {

    private final TrainingViewModel model;
    private final UiText text;
    private final TrainingNames names;
    private final VBox feedback = new VBox(4);
    private final Label progressTitle = new Label();
    private final VBox progressRows = new VBox(4);
    private final ProgressChart chart;
    private final Label suggestion = new Label();

    ResultsPane(TrainingViewModel model, UiText text, TrainingNames names, Button useSuggestion) {
        super(24);
        this.model = model;
        this.text = text;
        this.names = names;
        this.chart = new ProgressChart(text, names);
        getStyleClass().add("training-results");

        feedback.setId("training-feedback");
        feedback.setMinWidth(260);
        // the column takes room only once there is a round to sum up
        feedback.managedProperty().bind(model.feedbackProperty().isNotNull());
        feedback.visibleProperty().bind(model.feedbackProperty().isNotNull());
        progressTitle.getStyleClass().add("title-4");
        suggestion.setId("training-suggestion");
        suggestion.setWrapText(true);
        Label suggestionTitle = heading("training.suggestion.title");
        useSuggestion.textProperty().bind(text.bind("training.suggestion.use"));
        useSuggestion.setTooltip(tooltip("training.suggestion.use.tooltip"));
        VBox progress = new VBox(6, suggestionTitle, suggestion, useSuggestion, progressTitle, progressRows, chart);
        HBox.setHgrow(progress, Priority.ALWAYS);
        getChildren().addAll(feedback, progress);

        model.feedbackProperty().addListener((obs, old, now) -> showFeedback());
        model.progressProperty().addListener((obs, old, now) -> showProgress());
        text.messagesProperty().addListener((obs, old, now) -> {
            showFeedback();
            showProgress();
        });
        showFeedback();
        showProgress();
    }

    private void showFeedback() {
        feedback.getChildren().clear();
        RoundFeedback round = model.feedbackProperty().get();
        if (round == null) {
            return;
        }
        feedback.getChildren()
                .addAll(
                        heading("training.feedback.title"),
                        line(text.get("training.feedback.score", round.score(), round.maxScore())),
                        line(text.get("training.feedback.accuracy", round.accuracy())),
                        line(text.get("training.feedback.falsePositives", round.falsePositives())),
                        line(text.get("training.feedback.misses", round.misses())),
                        line(text.get(
                                "training.feedback.time",
                                round.meanTimePerItem().toMillis() / 1000.0)),
                        line(
                                round.cuesMissed().isEmpty()
                                        ? text.get("training.feedback.noCuesMissed")
                                        : text.get("training.feedback.cuesMissed", names.cues(round.cuesMissed()))));
    }

    private void showProgress() {
        TrainingProgress progress = model.progressProperty().get();
        progressRows.getChildren().clear();
        chart.show(progress);
        if (progress == null) {
            progressTitle.setText("");
            suggestion.setText(suggestionText(Suggestion.FIRST));
            return;
        }
        progressTitle.setText(text.get("training.progress.title", progress.participant()));
        if (progress.modules().isEmpty()) {
            progressRows.getChildren().add(line(text.get("training.progress.none")));
        }
        for (ModuleProgress module : progress.modules()) {
            ProgressPoint latest = module.points().get(module.points().size() - 1);
            Label row = line(text.get(
                    "training.progress.row",
                    names.module(module.module()),
                    module.points().size(),
                    latest.accuracy(),
                    text.get("training.trend." + module.trend().name())));
            row.setGraphic(ModuleMark.of(module.module()).marker(10));
            progressRows.getChildren().add(row);
        }
        suggestion.setText(suggestionText(progress.suggestion()));
    }

    private String suggestionText(Suggestion next) {
        return text.get(
                "training.suggestion." + next.reason().name(),
                names.module(next.module()),
                names.difficulty(next.difficulty()),
                names.cues(next.cues()));
    }

    private Label heading(String key) {
        Label label = new Label();
        label.textProperty().bind(text.bind(key));
        label.getStyleClass().add("title-4");
        return label;
    }

    private Tooltip tooltip(String key) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(text.bind(key));
        return tooltip;
    }

    private static Label line(String words) {
        Label label = new Label(words);
        label.setWrapText(true);
        label.setFocusTraversable(true); // so a screen reader reaches each figure by keyboard
        return label;
    }
}
