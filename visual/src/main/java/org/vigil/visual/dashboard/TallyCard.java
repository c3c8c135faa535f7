package org.vigil.visual.dashboard;

import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vigil.visual.text.UiText;

/** A tile: a title over rows of a mark, a name and a figure, rebuilt when its list or the language changes. */
final class TallyCard<T> extends VBox {

    private final ObservableList<T> rows;
    private final Function<T, String> mark;
    private final Function<T, String> name;
    private final Function<T, String> figure;
    private final Function<T, String> style;
    private final GridPane grid = new GridPane();

    TallyCard(
            String titleKey,
            ObservableList<T> rows,
            UiText text,
            Function<T, String> mark,
            Function<T, String> name,
            Function<T, String> figure,
            Function<T, String> style) {
        this.rows = rows;
        this.mark = mark;
        this.name = name;
        this.figure = figure;
        this.style = style;
        getStyleClass().addAll("card", "dashboard-tile");
        setSpacing(8);
        setMinWidth(220);
        Label title = new Label();
        title.textProperty().bind(text.bind(titleKey));
        title.getStyleClass().add("title-4");
        grid.setHgap(8);
        grid.setVgap(4);
        getChildren().addAll(title, grid);
        rows.addListener((ListChangeListener<T>) change -> rebuild());
        text.messagesProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().clear();
        int r = 0;
        for (T row : rows) {
            Label markLabel = new Label(mark.apply(row));
            Label nameLabel = new Label(name.apply(row));
            Label figureLabel = new Label(figure.apply(row));
            figureLabel.getStyleClass().add("text-bold");
            figureLabel.setAlignment(Pos.CENTER_RIGHT);
            String rowStyle = style.apply(row);
            if (rowStyle != null) {
                markLabel.getStyleClass().add(rowStyle);
            }
            GridPane.setHgrow(nameLabel, Priority.ALWAYS);
            grid.addRow(r++, markLabel, nameLabel, figureLabel);
        }
    }
}
