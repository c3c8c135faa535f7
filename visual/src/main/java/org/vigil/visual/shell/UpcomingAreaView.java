package org.vigil.visual.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.vigil.visual.text.UiText;

/** An area whose page comes in a later release: says what it will hold, never shows made-up data. */
public final class UpcomingAreaView extends VBox {

    public UpcomingAreaView(Area area, UiText text) {
        getStyleClass().add("upcoming-area");
        setAlignment(Pos.TOP_LEFT);
        setSpacing(12);
        Label heading = new Label();
        heading.textProperty().bind(text.bind(area.headingKey()));
        heading.getStyleClass().addAll("title-2", "page-heading");
        Label description = new Label();
        description.textProperty().bind(text.bind(area.descriptionKey()));
        description.setWrapText(true);
        description.getStyleClass().add("area-description");
        Label later = new Label();
        later.textProperty().bind(text.bind("area.later"));
        later.setWrapText(true);
        later.getStyleClass().add("text-muted");
        getChildren().addAll(heading, description, later);
    }
}
