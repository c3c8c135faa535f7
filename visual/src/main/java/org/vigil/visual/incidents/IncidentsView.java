package org.vigil.visual.incidents;

import java.util.Objects;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vigil.visual.text.UiText;

/**
 * The incident board: filters over a sortable table of the incidents beside the selected incident's
 * detail. The table follows detection live; severity is shown by a shape and a word, never by colour
 * alone. Keys, while the focus is on the page: Ctrl+Shift+A/C/R/O acknowledge, contain, resolve or
 * reopen the selected incident, Ctrl+F searches, Ctrl+N writes a note (Ctrl+Enter adds it).
 */
public final class IncidentsView extends VBox {

    private static final KeyCombination SEARCH = KeyCombination.valueOf("Shortcut+F");
    private static final KeyCombination NOTE = KeyCombination.valueOf("Shortcut+N");

    public IncidentsView(IncidentsViewModel model, UiText text) {
        getStyleClass().add("incidents-page");
        getStylesheets()
                .add(Objects.requireNonNull(IncidentsView.class.getResource("board.css"))
                        .toExternalForm());
        setSpacing(12);
        Label heading = new Label();
        heading.textProperty().bind(text.bind("incidents.heading"));
        heading.getStyleClass().addAll("title-2", "page-heading");
        BoardFilterBar filters = new BoardFilterBar(model, text);
        IncidentDetailView detail = new IncidentDetailView(model, text);
        SplitPane split = new SplitPane(new IncidentTable(model, text), detail);
        split.setOrientation(Orientation.HORIZONTAL);
        // The table gets the larger share: incident titles are what an analyst scans first.
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(heading, filters, split);
        // A filter, not a handler: the shortcuts work from any field of the page, the note included.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SEARCH.match(e)) {
                filters.focusSearch();
                e.consume();
            } else if (NOTE.match(e)) {
                detail.focusNote();
                e.consume();
            } else {
                for (LifecycleAction action : LifecycleAction.values()) {
                    if (KeyCombination.valueOf(action.shortcut()).match(e)) {
                        model.perform(action);
                        e.consume();
                    }
                }
            }
        });
        model.refresh();
    }
}
