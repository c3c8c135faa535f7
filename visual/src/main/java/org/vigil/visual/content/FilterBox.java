package org.vigil.visual.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.vigil.i18n.Messages;
import org.vigil.visual.text.UiText;

/**
 * One catalogue filter: a label over a drop-down of the values, named in the interface's language,
 * with "Any" first where the filter may be left open. Follows the view model's property both ways.
 */
final class FilterBox<T> extends VBox {

    /** A choice in the drop-down; {@code value} null is "any". */
    record Choice<T>(T value) {}

    private final ComboBox<Choice<T>> box = new ComboBox<>();

    FilterBox(
            String id,
            String labelKey,
            List<T> values,
            boolean any,
            ObjectProperty<T> property,
            BiFunction<Messages, T, String> name,
            UiText text) {
        getStyleClass().add("filter-box");
        setSpacing(2);
        List<Choice<T>> choices = new ArrayList<>();
        if (any) {
            choices.add(new Choice<>(null));
        }
        values.forEach(v -> choices.add(new Choice<>(v)));
        box.setItems(FXCollections.observableArrayList(choices));
        box.setId(id);
        box.setVisibleRowCount(14);
        box.setCellFactory(list -> new ChoiceCell(name, text));
        box.setButtonCell(new ChoiceCell(name, text));
        box.setValue(new Choice<>(property.get()));
        box.valueProperty().addListener((obs, old, now) -> {
            T chosen = now == null ? null : now.value();
            if (!Objects.equals(property.get(), chosen)) {
                property.set(chosen);
            }
        });
        property.addListener((obs, old, now) -> {
            if (box.getValue() == null || !Objects.equals(box.getValue().value(), now)) {
                box.setValue(new Choice<>(now));
            }
        });
        // A new language renames every value: rebuild the cells.
        text.messagesProperty().addListener((obs, old, now) -> {
            box.setButtonCell(new ChoiceCell(name, text));
            box.setCellFactory(list -> new ChoiceCell(name, text));
        });
        Label label = new Label();
        label.textProperty().bind(text.bind(labelKey));
        label.getStyleClass().add("filter-label");
        label.setLabelFor(box);
        getChildren().addAll(label, box);
    }

    ComboBox<Choice<T>> comboBox() {
        return box;
    }

    private final class ChoiceCell extends ListCell<Choice<T>> {
        private final BiFunction<Messages, T, String> name;
        private final UiText text;

        ChoiceCell(BiFunction<Messages, T, String> name, UiText text) {
            this.name = name;
            this.text = text;
        }

        @Override
        protected void updateItem(Choice<T> item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else if (item.value() == null) {
                setText(text.get("content.filter.any"));
            } else {
                setText(name.apply(text.messages(), item.value()));
            }
        }
    }
}
