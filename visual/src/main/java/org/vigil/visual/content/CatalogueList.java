package org.vigil.visual.content;

import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.vigil.visual.text.UiText;

/**
 * The catalogue, like a mail client's message list: each item's title in the content language, and
 * under it its verdict (shape and word), type, difficulty and audiences in the interface's. Arrows
 * move through it (the preview follows), Shift or Ctrl add rows to the selection to export, Enter
 * opens the item in the preview.
 */
final class CatalogueList extends ListView<CatalogueItem> {

    CatalogueList(ContentViewModel model, UiText text, Runnable open) {
        super(model.items());
        setId("content-catalogue");
        getStyleClass().add("content-catalogue");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setCellFactory(list -> new ItemCell(model, text, list));
        Label empty = new Label();
        empty.textProperty()
                .bind(text.bind(
                        () -> text.get(model.loadedProperty().get() ? "content.empty" : "content.loading"),
                        model.loadedProperty()));
        empty.setWrapText(true);
        setPlaceholder(empty);
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        getSelectionModel().getSelectedItems().addListener((ListChangeListener<CatalogueItem>)
                change -> model.export().select(List.copyOf(getSelectionModel().getSelectedItems())));
        // Refiltering replaces the rows: keep the item in the preview selected if it is still listed.
        model.items().addListener((ListChangeListener<CatalogueItem>) change -> {
            CatalogueItem selected = model.selectedProperty().get();
            if (selected != null && getItems().contains(selected)) {
                getSelectionModel().select(selected);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null
                    && getSelectionModel().getSelectedItem() != now
                    && getItems().contains(now)) {
                getSelectionModel().clearAndSelect(getItems().indexOf(now));
                scrollTo(now);
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                open.run();
                e.consume();
            }
        });
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                open.run();
            }
        });
        // Titles follow the content language, names the interface's: redraw the rows on either change.
        model.languageProperty().addListener((obs, old, now) -> refresh());
        text.messagesProperty().addListener((obs, old, now) -> refresh());
    }

    /** The title, then verdict, type, difficulty and audiences; both wrap to the list's width. */
    private static final class ItemCell extends ListCell<CatalogueItem> {
        private final ContentViewModel model;
        private final UiText text;
        private final Label title = new Label();
        private final Text verdict = new Text();
        private final Text details = new Text();
        private final VBox box;

        ItemCell(ContentViewModel model, UiText text, ListView<CatalogueItem> list) {
            this.model = model;
            this.text = text;
            title.getStyleClass().add("catalogue-title");
            title.setWrapText(true);
            title.setMinHeight(USE_PREF_SIZE);
            verdict.getStyleClass().add("catalogue-verdict");
            details.getStyleClass().add("catalogue-details");
            TextFlow line = new TextFlow(verdict, details);
            box = new VBox(2, title, line);
            box.getStyleClass().add("catalogue-row");
            // A cell lays its graphic out at its preferred size: give it the list's width (less the
            // cell's padding and the scroll bar), so texts wrap; a new cell's own width is still 0.
            box.prefWidthProperty().bind(list.widthProperty().subtract(40));
            box.maxWidthProperty().bind(box.prefWidthProperty());
            title.prefWidthProperty().bind(box.prefWidthProperty());
            line.prefWidthProperty().bind(box.prefWidthProperty());
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(CatalogueItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            ContentNames names = new ContentNames(text.messages());
            title.setText(item.title(model.languageProperty().get()));
            verdict.getStyleClass().removeAll("verdict-harmful", "verdict-safe");
            verdict.setText(item.verdict()
                    .map(v -> VerdictMark.of(v) + " " + names.verdict(v) + "  ")
                    .orElse(""));
            item.verdict()
                    .ifPresent(v -> verdict.getStyleClass().add(v.isHarmful() ? "verdict-harmful" : "verdict-safe"));
            StringBuilder line = new StringBuilder(names.type(item.type()));
            item.difficulty().ifPresent(d -> line.append(" · ").append(names.difficulty(d)));
            line.append(" · ")
                    .append(item.audiences().stream().map(names::audience).collect(Collectors.joining(", ")));
            details.setText(line.toString());
            setText(null);
            setGraphic(box);
        }
    }
}
