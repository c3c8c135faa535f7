package org.vigil.visual.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.vigil.content.awareness.Place;
import org.vigil.content.awareness.export.Marker;

/**
 * Prepares an item's HTML (variables already filled) for the sandboxed web view. Always: a content
 * security policy that forbids scripts and every load but inline data, links that point nowhere
 * (the real target kept in {@code data-vigil-target} for the hover status line), and buttons that
 * cannot submit. On request: each marker's quote wrapped in a numbered {@code <mark>}, and links or
 * elements a marker names outlined, so red flags show where they are without relying on colour.
 */
final class SandboxedHtml {

    static final String TARGET = "data-vigil-target";
    static final String POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "li",
            "ul",
            "ol",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "td",
            "th",
            "table",
            "section",
            "header",
            "footer",
            "main",
            "article",
            "form",
            "label",
            "blockquote",
            "pre",
            "hr",
            "br",
            "button");

    private static final String STYLE = """
            mark.vigil-mark { background: #F0E442; color: #1F2A44; outline: 2px dashed #D55E00; }
            mark.vigil-mark.vigil-trust { background: #D4F0E6; outline: 2px solid #009E73; }
            .vigil-outlined { outline: 3px dashed #D55E00 !important; outline-offset: 2px; }
            .vigil-outlined.vigil-trust { outline: 3px solid #009E73 !important; }
            sup.vigil-badge { font: bold 11px sans-serif; color: #FFFFFF; background: #D55E00;
                border-radius: 8px; padding: 0 5px; margin-left: 2px; }
            sup.vigil-badge.vigil-trust { background: #007A59; }
            """;

    private SandboxedHtml() {}

    /** A link of the item: what it says and where it really goes. */
    record Link(String text, String target) {}

    static String prepare(String html, List<Marker> markers, UnaryOperator<String> fill, boolean marked) {
        Document document = Jsoup.parse(html);
        for (Element link : document.select("a[href]")) {
            link.attr(TARGET, link.attr("href"));
            link.attr("href", "#");
        }
        document.select("button").attr("type", "button");
        document.select("input[type=submit], input[type=image]").attr("type", "button");
        document.select("form").attr("action", "#");
        document.head().prependElement("style").appendText(STYLE);
        document.head()
                .prependElement("meta")
                .attr("http-equiv", "Content-Security-Policy")
                .attr("content", POLICY);
        if (marked) {
            mark(document, markers, fill);
        }
        return document.outerHtml();
    }

    /** The links of a document, in order, with their real targets. */
    static List<Link> links(String html) {
        List<Link> links = new ArrayList<>();
        for (Element link : Jsoup.parse(html).select("a[href]")) {
            links.add(new Link(link.text(), link.attr("href")));
        }
        return List.copyOf(links);
    }

    private static void mark(Document document, List<Marker> markers, UnaryOperator<String> fill) {
        Map<Marker, Element> badgeAfter = new LinkedHashMap<>();
        Map<Marker, Element> badgeInside = new LinkedHashMap<>();
        for (Marker marker : markers) {
            Optional<String> quote = marker.quote().map(fill);
            Place place = marker.place();
            switch (place.area()) {
                case BODY ->
                    quote.flatMap(q -> wrap(document.body(), q, marker))
                            .ifPresent(mark -> badgeAfter.put(marker, mark));
                case ELEMENT -> {
                    Element element = document.getElementById(place.name());
                    if (element == null) {
                        continue;
                    }
                    Optional<Element> mark = quote.flatMap(q -> wrap(element, q, marker));
                    if (mark.isPresent()) {
                        badgeAfter.put(marker, mark.get());
                    } else {
                        element.addClass("vigil-outlined").addClass(kindClass(marker));
                        badgeInside.put(marker, element);
                    }
                }
                case LINK -> {
                    for (Element link : document.select("a[" + TARGET + "]")) {
                        if (quote.map(q -> QuoteFinder.contains(link.attr(TARGET), q))
                                .orElse(true)) {
                            link.addClass("vigil-outlined").addClass(kindClass(marker));
                            badgeAfter.put(marker, link);
                        }
                    }
                }
                default -> {
                    // Headers, addresses, titles and attachments are outside the HTML: the view marks them.
                }
            }
        }
        badgeAfter.forEach((marker, element) -> element.after(badge(marker)));
        badgeInside.forEach((marker, element) -> element.prependChild(badge(marker)));
    }

    /** Wraps the quote's first occurrence inside {@code scope} in marks; returns the last mark. */
    private static Optional<Element> wrap(Element scope, String quote, Marker marker) {
        List<TextNode> nodes = new ArrayList<>();
        List<String> segments = new ArrayList<>();
        scope.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && !(node.parent() instanceof Element parent && isRaw(parent))) {
                    text.text(QuoteFinder.nfc(text.getWholeText()));
                    nodes.add(text);
                    segments.add(text.getWholeText());
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    boundary(nodes, segments);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    boundary(nodes, segments);
                }
            }
        });
        Optional<List<QuoteFinder.Piece>> pieces = QuoteFinder.find(segments, quote);
        if (pieces.isEmpty()) {
            return Optional.empty();
        }
        Element last = null;
        for (QuoteFinder.Piece piece : pieces.get()) {
            TextNode node = nodes.get(piece.segment());
            int end = piece.end();
            if (piece.start() > 0) {
                node = node.splitText(piece.start());
                end -= piece.start();
            }
            if (end < node.getWholeText().length()) {
                node.splitText(end);
            }
            Element mark = new Element("mark").addClass("vigil-mark").addClass(kindClass(marker));
            mark.attr("data-vigil-marker", Integer.toString(marker.number()));
            node.before(mark);
            mark.appendChild(node);
            last = mark;
        }
        return Optional.ofNullable(last);
    }

    private static void boundary(List<TextNode> nodes, List<String> segments) {
        nodes.add(null);
        segments.add(null);
    }

    private static boolean isRaw(Element element) {
        return element.normalName().equals("style") || element.normalName().equals("script");
    }

    private static String kindClass(Marker marker) {
        return marker.kind().isWarning() ? "vigil-warning" : "vigil-trust";
    }

    /** The marker's number with a shape, so it reads without colour: ! for a warning, ✓ for trust. */
    private static Element badge(Marker marker) {
        return new Element("sup")
                .addClass("vigil-badge")
                .addClass(kindClass(marker))
                .text((marker.kind().isWarning() ? "!" : "✓") + marker.number());
    }
}
