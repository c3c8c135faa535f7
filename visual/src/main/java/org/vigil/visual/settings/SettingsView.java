package org.vigil.visual.settings;

import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.vigil.i18n.Language;
import org.vigil.visual.text.UiText;

/** The settings page: language, theme and interface size, each applied as soon as it changes. */
public final class SettingsView extends VBox {

    private final ComboBox<Language> language = new ComboBox<>();

    public SettingsView(SettingsViewModel model, UiText text) {
        getStyleClass().add("settings-page");
        setSpacing(16);
        Label heading = new Label();
        heading.textProperty().bind(text.bind("settings.heading"));
        heading.getStyleClass().addAll("title-2", "page-heading");

        language.setId("settings-language");
        language.setItems(FXCollections.observableArrayList(model.languages()));
        language.setCellFactory(list -> new LanguageCell(model));
        language.setButtonCell(new LanguageCell(model));
        language.valueProperty().bindBidirectional(model.languageProperty());
        // A new cell factory makes the drop-down list build its cells again, in the new language.
        text.messagesProperty().addListener((obs, old, now) -> {
            language.setCellFactory(list -> new LanguageCell(model));
            language.setButtonCell(new LanguageCell(model));
        });
        Label languageHint = new Label();
        languageHint.textProperty().bind(text.bind("settings.language.hint"));
        languageHint.getStyleClass().add("text-muted");
        languageHint.setWrapText(true);

        ToggleGroup themes = new ToggleGroup();
        HBox themeButtons = new HBox(0);
        themeButtons.getStyleClass().add("theme-buttons");
        for (Theme theme : model.themes()) {
            ToggleButton button = new ToggleButton();
            button.setId("settings-theme-" + theme.name().toLowerCase(Locale.ROOT));
            button.textProperty().bind(text.bind(theme.labelKey()));
            button.setToggleGroup(themes);
            button.setUserData(theme);
            button.setSelected(model.themeProperty().get() == theme);
            themeButtons.getChildren().add(button);
        }
        themes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.themeProperty().set((Theme) now.getUserData());
            }
        });

        Slider scale = new Slider(SettingsViewModel.MIN_SCALE, SettingsViewModel.MAX_SCALE, 1.0);
        scale.setId("settings-scale");
        scale.setMajorTickUnit(0.2);
        scale.setMinorTickCount(1);
        scale.setBlockIncrement(0.1);
        scale.setSnapToTicks(true);
        scale.setShowTickMarks(true);
        scale.setPrefWidth(260);
        scale.valueProperty().bindBidirectional(model.scaleProperty());
        Label scaleValue = new Label();
        scaleValue
                .textProperty()
                .bind(text.bind(
                        () -> text.get(
                                "settings.scale.value", model.scaleProperty().get()),
                        model.scaleProperty()));

        GridPane form = new GridPane();
        form.setHgap(16);
        form.setVgap(14);
        form.getStyleClass().add("settings-form");
        form.addRow(0, label(text, "settings.language", language), new VBox(4, language, languageHint));
        form.addRow(1, label(text, "settings.theme", themeButtons.getChildren().get(0)), themeButtons);
        form.addRow(2, label(text, "settings.scale", scale), new HBox(12, scale, scaleValue));

        Label saved = new Label();
        saved.textProperty().bind(text.bind("settings.saved"));
        saved.getStyleClass().add("text-muted");
        getChildren().addAll(heading, form, saved);
    }

    private static Label label(UiText text, String key, Node target) {
        Label label = new Label();
        label.textProperty().bind(text.bind(key));
        label.setLabelFor(target);
        label.getStyleClass().add("form-label");
        label.setMinWidth(USE_PREF_SIZE);
        return label;
    }

    private static final class LanguageCell extends ListCell<Language> {
        private final SettingsViewModel model;

        LanguageCell(SettingsViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(Language item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : model.languageName(item));
        }
    }
}
