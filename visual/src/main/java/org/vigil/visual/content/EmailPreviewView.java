package org.vigil.visual.content;

import java.util.Locale;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.vigil.content.awareness.export.MarkerKind;
import org.vigil.visual.text.UiText;

/**
 * An email as a mail client shows it: the header rows, attachments, the HTML body read-only in the
 * sandboxed web view (or the text part), and a status line with the real target of the link under
 * the pointer, also shown as a tooltip. With red flags on, rows, words and links are marked and the
 * numbered list explains each.
 */
final class EmailPreviewView extends VBox {

    private final ContentViewModel model;
    private final UiText text;
    private final PreviewHeader header;
    private final GridPane rows = new GridPane();
    private final FlowPane attachments = new FlowPane(8, 4);
    private final SandboxedWebView web = new SandboxedWebView();
    private final MarkedTextFlow plain = new MarkedTextFlow();
    private final ScrollPane plainScroll = new ScrollPane(plain);
    private final Label status = new Label();
    private final MarkerListView markers;
    private final ScrollPane markersScroll;
    private final Tooltip linkTip = new Tooltip();
    private ItemPreview.Email shown;
    private double pointerX;
    private double pointerY;

    EmailPreviewView(ContentViewModel model, UiText text) {
        this.model = model;
        this.text = text;
        getStyleClass().add("email-preview");
        setSpacing(8);
        header = new PreviewHeader(model, text);
        rows.getStyleClass().add("mail-headers");
        rows.setHgap(10);
        rows.setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setHalignment(HPos.RIGHT);
        names.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        rows.getColumnConstraints().setAll(names, values);
        attachments.getStyleClass().add("mail-attachments");
        plain.getStyleClass().add("mail-text");
        plainScroll.setFitToWidth(true);
        plainScroll.getStyleClass().add("mail-body");
        VBox.setVgrow(web, Priority.ALWAYS);
        VBox.setVgrow(plainScroll, Priority.ALWAYS);
        web.setMinHeight(160);
        status.setId("content-link-status");
        status.getStyleClass().add("link-status");
        status.setMaxWidth(Double.MAX_VALUE);
        markers = new MarkerListView(text);
        markersScroll = new ScrollPane(markers);
        markersScroll.setFitToWidth(true);
        markersScroll.getStyleClass().add("markers-scroll");
        markersScroll.setPrefHeight(300);
        markersScroll.setMinHeight(180);
        markersScroll.visibleProperty().bind(model.markersShownProperty());
        markersScroll.managedProperty().bind(model.markersShownProperty());
        getChildren().addAll(header, rows, attachments, web, plainScroll, status, markersScroll);

        web.onLinkHover(model::hover);
        web.webView().addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            pointerX = e.getScreenX();
            pointerY = e.getScreenY();
        });
        status.textProperty()
                .bind(text.bind(
                        () -> model.hoveredLinkProperty().get() == null
                                ? text.get("content.email.hoverHint")
                                : text.get(
                                        "content.email.linkTarget",
                                        model.hoveredLinkProperty().get()),
                        model.hoveredLinkProperty()));
        model.hoveredLinkProperty().addListener((obs, old, now) -> tip(now));
        model.markersShownProperty().addListener((obs, old, now) -> refresh());
    }

    void show(ItemPreview.Email email) {
        shown = email;
        refresh();
    }

    /** Focus for the keyboard: the red-flag toggle, from which Tab reaches the body. */
    void focusFirst() {
        header.toggle().requestFocus();
    }

    private void refresh() {
        if (shown == null) {
            return;
        }
        boolean on = model.markersShownProperty().get();
        MarkerKind kind = shown.markerKind();
        header.show(shown.title(), shown.verdict(), kind, shown.markers().size());
        rows.getChildren().clear();
        int row = 0;
        for (ItemPreview.HeaderRow headerRow : shown.headers()) {
            Label name = new Label(
                    text.get("content.email." + headerRow.header().name().toLowerCase(Locale.ROOT)));
            name.getStyleClass().add("mail-header-name");
            MarkedTextFlow value = new MarkedTextFlow(headerRow.value(), on);
            value.setId("content-header-" + headerRow.header().name().toLowerCase(Locale.ROOT));
            value.getStyleClass().add("mail-header-value");
            if (on && !headerRow.value().spans().isEmpty()) {
                value.getStyleClass().add("mail-header-marked");
            }
            rows.addRow(row++, name, value);
        }
        attachments.getChildren().clear();
        if (!shown.attachments().isEmpty()) {
            Label name = new Label(text.get("content.email.attachments"));
            name.getStyleClass().add("mail-header-name");
            attachments.getChildren().add(name);
            for (ItemPreview.AttachmentRow attachment : shown.attachments()) {
                MarkedTextFlow file = new MarkedTextFlow(attachment.name(), on);
                Label size = new Label(
                        text.get("content.email.attachmentSize", attachment.contentType(), attachment.bytes()));
                size.getStyleClass().add("text-muted");
                VBox chip = new VBox(file, size);
                chip.getStyleClass().add("attachment-chip");
                attachments.getChildren().add(chip);
            }
        }
        attachments.setVisible(!shown.attachments().isEmpty());
        attachments.setManaged(!shown.attachments().isEmpty());
        boolean html = shown.html().isPresent();
        web.setVisible(html);
        web.setManaged(html);
        plainScroll.setVisible(!html);
        plainScroll.setManaged(!html);
        if (html) {
            web.show(shown.html().get().shown(on));
        } else {
            plain.show(shown.text().orElse(MarkedText.plain("")), on);
        }
        markers.show(shown.markers(), kind, shown.links());
    }

    /** The link's target beside the pointer, as browsers and mail clients show it. */
    private void tip(String target) {
        Window window = getScene() == null ? null : getScene().getWindow();
        if (target == null || window == null) {
            linkTip.hide();
            return;
        }
        linkTip.setText(target);
        // Above the pointer: below it the status line says the same, and must stay readable.
        linkTip.show(web, pointerX + 14, pointerY - 40);
    }

    SandboxedWebView web() {
        return web;
    }
}
