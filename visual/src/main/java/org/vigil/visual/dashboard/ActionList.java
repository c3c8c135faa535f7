package org.vigil.visual.dashboard;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import org.vigil.visual.text.UiText;

/**
 * A list whose rows lead somewhere: Enter, a double click or the context menu's "Show" opens the
 * selected row's target. Rows are written by {@code describe} and rewritten on a language switch.
 */
final class ActionList<T> extends ListView<T> {

    private static final double SCROLL_BAR_ALLOWANCE = 30;

    ActionList(ObservableList<T> items, UiText text, String emptyKey, Function<T, String> describe, Consumer<T> open) {
        super(items);
        setCellFactory(list -> new WrappingCell<>(describe, list));
        Label placeholder = new Label();
        placeholder.textProperty().bind(text.bind(emptyKey));
        placeholder.setWrapText(true);
        setPlaceholder(placeholder);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.bind("dashboard.open.tooltip"));
        setTooltip(tip);
        Runnable openSelected = () -> {
            T selected = getSelectionModel().getSelectedItem();
            if (selected != null) {
                open.accept(selected);
            }
        };
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected.run();
                e.consume();
            }
        });
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected.run();
            }
        });
        MenuItem show = new MenuItem();
        show.textProperty().bind(text.bind("dashboard.open"));
        show.setOnAction(e -> openSelected.run());
        setContextMenu(new ContextMenu(show));
        text.messagesProperty().addListener((obs, old, now) -> refresh());
    }

    /**
     * A row whose text wraps within the list (less its scroll bar) instead of being cut off: a Label
     * with a bounded width as the cell's graphic, which, unlike the cell's own text, grows the row.
     */
    private static final class WrappingCell<T> extends ListCell<T> {
        private final Function<T, String> describe;
        private final Label line = new Label();

        WrappingCell(Function<T, String> describe, ListView<T> list) {
            this.describe = describe;
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            // a preferred width, not only a maximum: the row's height is asked with no width given, and
            // only then does the label answer with the height of its wrapped lines
            line.prefWidthProperty().bind(list.widthProperty().subtract(SCROLL_BAR_ALLOWANCE));
            line.maxWidthProperty().bind(line.prefWidthProperty());
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            line.setText(describe.apply(item));
            setGraphic(line);
        }
    }
}
