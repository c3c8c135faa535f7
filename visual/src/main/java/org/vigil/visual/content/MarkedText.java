package org.vigil.visual.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.vigil.content.awareness.export.Marker;

/**
 * A text as shown (a header's value, a post's body, an email's text part) with the ranges its
 * markers' quotes cover, so the view can highlight them when red flags are shown.
 */
public record MarkedText(String text, List<Span> spans) {

    /** {@code [start, end)} of the text that marker {@code number} points at. */
    public record Span(int start, int end, Marker marker) {}

    public MarkedText {
        spans = spans.stream().sorted(Comparator.comparingInt(Span::start)).toList();
    }

    public static MarkedText plain(String text) {
        return new MarkedText(QuoteFinder.nfc(text), List.of());
    }

    /**
     * The text with a span for each marker whose quote (variables filled by {@code fill}) occurs in
     * it. A marker without a quote points at the whole text.
     */
    public static MarkedText of(String text, List<Marker> markers, java.util.function.UnaryOperator<String> fill) {
        String shown = QuoteFinder.nfc(text);
        List<Span> spans = new ArrayList<>();
        for (Marker marker : markers) {
            Optional<String> quote = marker.quote().map(fill);
            if (quote.isEmpty()) {
                spans.add(new Span(0, shown.length(), marker));
                continue;
            }
            QuoteFinder.find(shown, quote.get()).ifPresent(range -> spans.add(new Span(range[0], range[1], marker)));
        }
        return new MarkedText(shown, spans);
    }

    /** The markers that point somewhere in this text. */
    public List<Marker> markers() {
        return spans.stream().map(Span::marker).distinct().toList();
    }

    /** The marked part of a span, for tests and for screen readers. */
    public String covered(Span span) {
        return text.substring(span.start(), span.end());
    }
}
