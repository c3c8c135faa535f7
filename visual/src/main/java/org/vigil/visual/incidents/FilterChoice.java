package org.vigil.visual.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import org.vigil.visual.text.UiText;

/**
 * A drop-down that filters by one value, or by none: its first entry ("any …") stands for null. The
 * choices may change under it (a live refresh) without losing or changing the chosen value.
 */
final class FilterChoice<T> extends ComboBox<T> {

    private final Function<T, String> name;
    private final String anyKey;
    private final UiText text;
    private boolean rebuilding;

    FilterChoice(
            ObservableList<T> choices,
            ObjectProperty<T> chosen,
            Function<T, String> name,
            String anyKey,
            String tooltipKey,
            UiText text) {
        this.name = name;
        this.anyKey = anyKey;
        this.text = text;
        setItems(FXCollections.observableArrayList());
        rebuild(choices, chosen.get());
        choices.addListener((ListChangeListener<T>) change -> rebuild(choices, chosen.get()));
        valueProperty().addListener((obs, old, now) -> {
            if (!rebuilding) {
                chosen.set(now);
            }
        });
        chosen.addListener((obs, old, now) -> setValue(now));
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(text.bind(tooltipKey));
        setTooltip(tooltip);
        accessibleTextProperty().bind(text.bind(tooltipKey));
        relabel();
        // A new cell factory makes the drop-down build its cells again, in the new language.
        text.messagesProperty().addListener((obs, old, now) -> relabel());
    }

    private void rebuild(List<T> choices, T chosen) {
        rebuilding = true;
        List<T> all = new ArrayList<>();
        all.add(null);
        all.addAll(choices);
        if (chosen != null && !choices.contains(chosen)) {
            all.add(chosen); // still filtering by it: keep it choosable and shown
        }
        getItems().setAll(all);
        setValue(chosen);
        rebuilding = false;
    }

    private void relabel() {
        setCellFactory(list -> new Cell());
        setButtonCell(new Cell());
    }

    private final class Cell extends ListCell<T> {
        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(item == null ? text.get(anyKey) : name.apply(item));
        }
    }
}
