package org.vigil.visual.content;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.vigil.content.awareness.Verdict;
import org.vigil.content.awareness.export.MarkerKind;
import org.vigil.visual.text.UiText;

/** The top of a preview: the item's title, its verdict, and the toggle that shows its markers. */
final class PreviewHeader extends HBox {

    private final UiText text;
    private final Label title = new Label();
    private final Label verdict = new Label();
    private final ToggleButton toggle = new ToggleButton();

    PreviewHeader(ContentViewModel model, UiText text) {
        this.text = text;
        getStyleClass().add("preview-header");
        setSpacing(12);
        setAlignment(Pos.CENTER_LEFT);
        title.getStyleClass().addAll("title-4", "preview-title");
        title.setWrapText(true);
        title.setMinWidth(0);
        verdict.getStyleClass().add("verdict-chip");
        verdict.setMinWidth(USE_PREF_SIZE);
        toggle.setId("content-red-flags");
        toggle.setMnemonicParsing(false);
        toggle.setMinWidth(USE_PREF_SIZE);
        toggle.selectedProperty().bindBidirectional(model.markersShownProperty());
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(title, verdict, toggle);
    }

    void show(String itemTitle, Verdict itemVerdict, MarkerKind kind, int markers) {
        title.setText(itemTitle);
        verdict.setText(VerdictMark.of(itemVerdict) + " " + new ContentNames(text.messages()).verdict(itemVerdict));
        verdict.getStyleClass().removeAll("verdict-harmful", "verdict-safe");
        verdict.getStyleClass().add(itemVerdict.isHarmful() ? "verdict-harmful" : "verdict-safe");
        toggle.setText(text.get("content.markers.show." + kind.name(), markers));
    }

    ToggleButton toggle() {
        return toggle;
    }
}
