package org.vigil.visual.content;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.events.EventTarget;

/**
 * A read-only web view for library HTML that can neither run nor fetch anything. The sandbox has
 * four layers: JavaScript is off on the engine; the HTML is loaded with {@code loadContent}, never
 * from a URL, after {@link SandboxedHtml} gave it a content security policy that forbids every load
 * but inline data, pointed every link at {@code #} and made buttons unable to submit; any navigation
 * that still starts (a form, a key press) is refused by putting the same content back; and pop-up
 * windows are refused. The content itself is checked inert when the library is read. Hovering a
 * link reports its real target, as a mail client's status line does.
 */
final class SandboxedWebView extends StackPane {

    private final WebView view = new WebView();
    private final WebEngine engine = view.getEngine();
    private String html = "";
    private Consumer<String> onHover = target -> {};

    SandboxedWebView() {
        getStyleClass().add("sandboxed-web-view");
        engine.setJavaScriptEnabled(false);
        engine.setCreatePopupHandler(features -> null);
        engine.locationProperty().addListener((obs, old, now) -> {
            if (!isOwnContent(now)) {
                engine.getLoadWorker().cancel();
                Platform.runLater(() -> engine.loadContent(html, "text/html"));
            }
        });
        engine.getLoadWorker().stateProperty().addListener((obs, old, now) -> {
            if (now == Worker.State.SUCCEEDED) {
                listenToLinks();
            }
        });
        view.setContextMenuEnabled(false);
        // Small by default: the page grows into the room its parent gives it and leaves space for the markers.
        view.setPrefHeight(220);
        view.setMinHeight(120);
        view.setFocusTraversable(true);
        getChildren().add(view);
    }

    /** Shows prepared HTML (see {@link SandboxedHtml#prepare}). */
    void show(String prepared) {
        html = prepared;
        onHover.accept(null);
        engine.loadContent(prepared, "text/html");
    }

    /** Told the real target of the link under the pointer, and null when it leaves the link. */
    void onLinkHover(Consumer<String> listener) {
        onHover = listener;
    }

    WebView webView() {
        return view;
    }

    /** Content loaded with loadContent has no location, or about:blank; "#" links only add a fragment. */
    private static boolean isOwnContent(String location) {
        return location == null || location.isEmpty() || location.startsWith("about:blank") || location.startsWith("#");
    }

    /** DOM events reach Java listeners with JavaScript off: they are the engine's, not the page's. */
    private void listenToLinks() {
        if (engine.getDocument() == null) {
            return;
        }
        NodeList links = engine.getDocument().getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            String target = link.getAttribute(SandboxedHtml.TARGET);
            if (target == null || target.isEmpty()) {
                continue;
            }
            EventTarget events = (EventTarget) link;
            events.addEventListener("mouseover", event -> onHover.accept(target), false);
            events.addEventListener("mouseout", event -> onHover.accept(null), false);
            events.addEventListener("focus", event -> onHover.accept(target), false);
            events.addEventListener("blur", event -> onHover.accept(null), false);
        }
    }
}
