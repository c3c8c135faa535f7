package org.vigil.visual.content;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A {@link MarkedText} as wrapping text. With markers shown, each quoted span is highlighted (a
 * background and an outline, as a {@code <mark>} in the web view) and followed by its numbered
 * badge; a span longer than a phrase is underlined instead, so it still wraps.
 */
final class MarkedTextFlow extends TextFlow {

    /** Longer spans are underlined rather than boxed: a boxed label cannot wrap. */
    private static final int LONGEST_BOXED = 60;

    MarkedTextFlow() {
        getStyleClass().add("marked-text");
    }

    MarkedTextFlow(MarkedText text, boolean markersShown) {
        this();
        show(text, markersShown);
    }

    void show(MarkedText text, boolean markersShown) {
        List<Node> nodes = new ArrayList<>();
        if (!markersShown || text.spans().isEmpty()) {
            nodes.add(text(text.text()));
            getChildren().setAll(nodes);
            return;
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.text().length()));
        text.spans().forEach(span -> {
            cuts.add(span.start());
            cuts.add(span.end());
        });
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            String part = text.text().substring(from, to);
            int start = from;
            int end = to;
            MarkedText.Span covering = text.spans().stream()
                    .filter(s -> s.start() <= start && s.end() >= end)
                    .findFirst()
                    .orElse(null);
            nodes.add(covering == null ? text(part) : highlighted(part, covering));
            for (MarkedText.Span span : text.spans()) {
                if (span.end() == end) {
                    nodes.add(new MarkerBadge(span.marker()));
                }
            }
            from = to;
        }
        getChildren().setAll(nodes);
    }

    private static Node highlighted(String part, MarkedText.Span span) {
        String kind = span.marker().kind().isWarning() ? "marker-warning" : "marker-trust";
        if (part.length() > LONGEST_BOXED || part.contains("\n")) {
            Text long_ = text(part);
            long_.setUnderline(true);
            long_.getStyleClass().addAll("marked-long", kind);
            return long_;
        }
        Label mark = new Label(part);
        mark.getStyleClass().addAll("marked-span", kind);
        mark.setMinWidth(Label.USE_PREF_SIZE);
        return mark;
    }

    private static Text text(String part) {
        Text text = new Text(part);
        text.getStyleClass().add("marked-plain");
        return text;
    }
}
