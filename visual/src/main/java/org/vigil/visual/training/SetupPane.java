package org.vigil.visual.training;

import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.ParticipantCode;
import org.vigil.i18n.Language;
import org.vigil.visual.text.UiText;

/**
 * The left column of the Training area: participant code (typed or picked, with what is wrong with it),
 * module (all five; those not ready shown disabled as coming), difficulty, content language, Play and Stop.
 */
final class SetupPane extends VBox {

    final ComboBox<String> participant = new ComboBox<>();
    final ListView<TrainingViewModel.ModuleChoice> modules = new ListView<>();
    final ComboBox<Difficulty> difficulty = new ComboBox<>();
    final ComboBox<Language> language = new ComboBox<>();
    final Button play = new Button();
    final Button stop = new Button();

    private final UiText text;

    SetupPane(TrainingViewModel model, UiText text, TrainingNames names) {
        super(6);
        this.text = text;
        getStyleClass().add("training-setup");
        setPrefWidth(310);
        setMinWidth(240);

        participant.setId("training-participant");
        participant.setEditable(true);
        participant.setItems(model.knownParticipants());
        participant.promptTextProperty().bind(text.bind("training.participant.prompt"));
        participant.setTooltip(tooltip("training.participant.tooltip"));
        participant.setMaxWidth(Double.MAX_VALUE);
        // the typed text, not only a picked item, is the code
        participant.getEditor().textProperty().bindBidirectional(model.participantProperty());
        Label problem = new Label();
        problem.setId("training-participant-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE); // all its lines, however long the language makes them
        problem.getStyleClass().add("text-muted");
        problem.textProperty()
                .bind(text.bind(
                        () -> problemText(model.participantProblemProperty().get()),
                        model.participantProblemProperty()));

        modules.setId("training-modules");
        modules.setItems(FXCollections.observableArrayList(model.modules()));
        modules.setCellFactory(list -> new ModuleCell(names, text));
        modules.setTooltip(tooltip("training.module.tooltip"));
        // every module without scrolling, at any font size: rows of a fixed height, and never squeezed
        modules.setFixedCellSize(Math.ceil(Font.getDefault().getSize() * 2.6));
        modules.setPrefHeight(model.modules().size() * modules.getFixedCellSize() + 4);
        modules.setMinHeight(Region.USE_PREF_SIZE);
        modules.getSelectionModel()
                .select(model.modules().stream()
                        .filter(c -> c.module() == model.moduleProperty().get())
                        .findFirst()
                        .orElse(null));
        modules.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.moduleProperty().set(now.module());
            }
        });
        model.moduleProperty()
                .addListener((obs, old, now) -> model.modules().stream()
                        .filter(c -> c.module() == now)
                        .findFirst()
                        .ifPresent(c -> modules.getSelectionModel().select(c)));

        difficulty.setId("training-difficulty");
        difficulty.setItems(FXCollections.observableArrayList(model.difficulties()));
        difficulty.valueProperty().bindBidirectional(model.difficultyProperty());
        difficulty.setTooltip(tooltip("training.difficulty.tooltip"));
        difficulty.setMaxWidth(Double.MAX_VALUE);

        language.setId("training-language");
        language.setItems(FXCollections.observableArrayList(model.languages()));
        language.valueProperty().bindBidirectional(model.languageProperty());
        language.setTooltip(tooltip("training.language.tooltip"));
        language.setMaxWidth(Double.MAX_VALUE);
        cells(names);
        // new cell factories make the pickers build their cells again, in the new language
        text.messagesProperty().addListener((obs, old, now) -> {
            cells(names);
            modules.setCellFactory(list -> new ModuleCell(names, text));
        });

        play.setId("training-play");
        play.textProperty().bind(text.bind("training.play"));
        play.setTooltip(tooltip("training.play.tooltip"));
        play.setDefaultButton(true);
        play.disableProperty().bind(model.canPlayProperty().not());
        play.setOnAction(e -> model.play());
        stop.setId("training-stop");
        stop.textProperty().bind(text.bind("training.stop"));
        stop.setTooltip(tooltip("training.stop.tooltip"));
        stop.setCancelButton(true);
        stop.disableProperty().bind(model.playingProperty().not());
        stop.setOnAction(e -> model.stop());
        HBox buttons = new HBox(8, play, stop);

        getChildren()
                .addAll(
                        label("training.participant.label", participant),
                        participant,
                        problem,
                        label("training.module.label", modules),
                        modules,
                        label("training.difficulty.label", difficulty),
                        difficulty,
                        label("training.language.label", language),
                        language,
                        buttons);
    }

    private void cells(TrainingNames names) {
        difficulty.setCellFactory(list -> new NamedCell<>(names::difficulty));
        difficulty.setButtonCell(new NamedCell<>(names::difficulty));
        language.setCellFactory(list -> new NamedCell<>(names::language));
        language.setButtonCell(new NamedCell<>(names::language));
    }

    private String problemText(ParticipantCode.Problem problem) {
        return problem == null
                ? ""
                : text.get(
                        "training.participant.problem." + problem.name(),
                        ParticipantCode.MIN_LENGTH,
                        ParticipantCode.MAX_LENGTH);
    }

    private Label label(String key, Node target) {
        Label label = new Label();
        label.textProperty().bind(text.bind(key));
        label.setLabelFor(target);
        label.getStyleClass().add("form-label");
        return label;
    }

    private Tooltip tooltip(String key) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(text.bind(key));
        return tooltip;
    }

    /** A module row; one not ready yet is greyed out, cannot be chosen with the mouse and says it is coming. */
    private static final class ModuleCell extends ListCell<TrainingViewModel.ModuleChoice> {
        private final TrainingNames names;
        private final UiText text;

        ModuleCell(TrainingNames names, UiText text) {
            this.names = names;
            this.text = text;
        }

        @Override
        protected void updateItem(TrainingViewModel.ModuleChoice item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setDisable(false);
                return;
            }
            String name = names.module(item.module());
            setText(item.playable() ? name : text.get("training.module.coming", name));
            setGraphic(ModuleMark.of(item.module()).marker(10));
            setDisable(!item.playable());
            setOpacity(item.playable() ? 1 : 0.6);
        }
    }

    private static final class NamedCell<T> extends ListCell<T> {
        private final Function<T, String> name;

        NamedCell(Function<T, String> name) {
            this.name = name;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : name.apply(item));
        }
    }
}
