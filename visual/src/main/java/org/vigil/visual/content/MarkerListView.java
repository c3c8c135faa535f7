package org.vigil.visual.content;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vigil.content.awareness.export.Marker;
import org.vigil.content.awareness.export.MarkerKind;
import org.vigil.visual.text.UiText;

/**
 * The numbered list of an item's markers: for each, its badge, its cue (or clause topic) named in
 * the interface's language, the quoted words, and the explanation in the content's language.
 */
final class MarkerListView extends VBox {

    private final UiText text;

    MarkerListView(UiText text) {
        this.text = text;
        setId("content-markers");
        getStyleClass().add("marker-list");
        setSpacing(10);
    }

    void show(List<Marker> markers, MarkerKind kind, List<ItemPreview.LinkRow> links) {
        getChildren().clear();
        Label heading = new Label(text.get("content.markers." + kind.name()));
        heading.getStyleClass().add("section-heading");
        getChildren().add(heading);
        if (markers.isEmpty()) {
            Label none = new Label(text.get("content.markers.none"));
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            getChildren().add(none);
        }
        ContentNames names = new ContentNames(text.messages());
        for (Marker marker : markers) {
            String name = marker.cue()
                    .map(names::cue)
                    .or(() -> marker.topic().map(names::clauseTopic))
                    .orElse(text.get("content.markers.signal"));
            Label title = new Label(name);
            title.getStyleClass().add("marker-name");
            title.setWrapText(true);
            HBox head = new HBox(8, new MarkerBadge(marker), title);
            head.setAlignment(Pos.CENTER_LEFT);
            VBox entry = new VBox(3, head);
            entry.getStyleClass().add("marker-entry");
            marker.quote().ifPresent(quote -> {
                Label quoted = new Label(text.get("content.markers.quote", quote));
                quoted.getStyleClass().add("marker-quote");
                quoted.setWrapText(true);
                entry.getChildren().add(quoted);
            });
            Label why = new Label(marker.explanation());
            why.setWrapText(true);
            why.getStyleClass().add("marker-explanation");
            entry.getChildren().add(why);
            HBox.setHgrow(title, Priority.ALWAYS);
            getChildren().add(entry);
        }
        if (!links.isEmpty()) {
            Label linksHeading = new Label(text.get("content.email.links"));
            linksHeading.getStyleClass().add("section-heading");
            getChildren().add(linksHeading);
            for (ItemPreview.LinkRow link : links) {
                Label row = new Label(text.get("content.email.linkRow", link.text(), link.target()));
                row.setWrapText(true);
                getChildren().add(row);
            }
        }
    }
}
