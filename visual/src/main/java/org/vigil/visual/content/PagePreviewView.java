package org.vigil.visual.content;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vigil.visual.text.UiText;

/**
 * A landing page or terms as a browser shows them: the tab's title and the address bar above the
 * page, which is drawn read-only in the sandboxed web view. With markers on, the address, title,
 * words and elements they point at are marked and the list explains each.
 */
final class PagePreviewView extends VBox {

    private final ContentViewModel model;
    private final UiText text;
    private final PreviewHeader header;
    private final MarkedTextFlow tab = new MarkedTextFlow();
    private final MarkedTextFlow address = new MarkedTextFlow();
    private final HBox addressBar;
    private final SandboxedWebView web = new SandboxedWebView();
    private final MarkerListView markers;
    private ItemPreview.Page shown;

    PagePreviewView(ContentViewModel model, UiText text) {
        this.model = model;
        this.text = text;
        getStyleClass().add("page-preview");
        setSpacing(8);
        header = new PreviewHeader(model, text);
        tab.getStyleClass().add("browser-tab");
        address.setId("content-address");
        Label addressLabel = new Label();
        addressLabel.textProperty().bind(text.bind("content.page.address"));
        addressLabel.getStyleClass().add("text-muted");
        addressLabel.setMinWidth(USE_PREF_SIZE);
        addressBar = new HBox(8, addressLabel, address);
        addressBar.setAlignment(Pos.CENTER_LEFT);
        addressBar.getStyleClass().add("address-bar");
        HBox.setHgrow(address, Priority.ALWAYS);
        VBox chrome = new VBox(6, tab, addressBar);
        chrome.getStyleClass().add("browser-chrome");
        VBox.setVgrow(web, Priority.ALWAYS);
        web.setMinHeight(160);
        markers = new MarkerListView(text);
        ScrollPane markersScroll = new ScrollPane(markers);
        markersScroll.setFitToWidth(true);
        markersScroll.getStyleClass().add("markers-scroll");
        markersScroll.setPrefHeight(300);
        markersScroll.setMinHeight(180);
        markersScroll.visibleProperty().bind(model.markersShownProperty());
        markersScroll.managedProperty().bind(model.markersShownProperty());
        getChildren().addAll(header, chrome, web, markersScroll);
        model.markersShownProperty().addListener((obs, old, now) -> refresh());
    }

    void show(ItemPreview.Page page) {
        shown = page;
        refresh();
    }

    void focusFirst() {
        header.toggle().requestFocus();
    }

    private void refresh() {
        if (shown == null) {
            return;
        }
        boolean on = model.markersShownProperty().get();
        header.show(
                shown.title(),
                shown.verdict(),
                shown.markerKind(),
                shown.markers().size());
        tab.show(shown.tabTitle(), on);
        addressBar.setVisible(shown.address().isPresent());
        addressBar.setManaged(shown.address().isPresent());
        shown.address().ifPresent(a -> address.show(a, on));
        web.show(shown.html().shown(on));
        markers.show(shown.markers(), shown.markerKind(), java.util.List.of());
    }
}
