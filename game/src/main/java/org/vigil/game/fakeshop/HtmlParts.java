package org.vigil.game.fakeshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an inert page or terms document into the parts a player moves between, in reading order:
 * the tab title, then headings, paragraphs, prices, form fields, buttons and clauses. An element that
 * the item's notes point at by id (a form block, a banner, a clause's section) stays one part, so that
 * flagging it finds its sign; other text is split at its blocks. Each part remembers its element, so
 * anchors can be located by id.
 */
final class HtmlParts {

    /** A part and the element it was read from (none for the title). */
    record Located(ShopPart part, Element element) {}

    private static final Set<String> BLOCKS =
            Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "label", "button", "td", "th", "dt", "dd");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "template", "input", "select");
    private static final Set<String> INNER_BLOCKS = Set.of(
            "h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "label", "button", "div", "section", "ul", "ol", "table");
    /** A price: digits with a currency sign or code before or after them. */
    private static final Pattern PRICE = Pattern.compile("([£$€]\\s?\\d)|(\\d[\\d.,]*\\s?(€|zł|lei|EUR|GBP|PLN|RON))");

    private HtmlParts() {}

    static List<Located> read(String html, Set<String> referencedIds) {
        Document document = Jsoup.parse(html);
        List<Located> parts = new ArrayList<>();
        if (!document.title().isBlank()) {
            parts.add(new Located(
                    new ShopPart(ShopPartKind.TITLE, document.title().strip()), null));
        }
        walk(document.body(), referencedIds, parts);
        return parts;
    }

    private static void walk(Element element, Set<String> referenced, List<Located> parts) {
        String tag = element.normalName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        // an element holding a pointed-at one is split, so each sign keeps a part of its own
        boolean holdsPointedAt =
                element.select("[id]").stream().anyMatch(inner -> inner != element && referenced.contains(inner.id()));
        boolean whole = referenced.contains(element.id()) || BLOCKS.contains(tag);
        boolean leaf = element.children().stream().noneMatch(c -> INNER_BLOCKS.contains(c.normalName()));
        if (!holdsPointedAt && (whole || (leaf && !element.ownText().isBlank()))) {
            String text = shown(element);
            if (!text.isBlank()) {
                parts.add(new Located(new ShopPart(kind(element, text), text), element));
            }
            return;
        }
        element.children().forEach(child -> walk(child, referenced, parts));
    }

    /** The element's text, a line per inner block, so a clause shows its heading above its words. */
    private static String shown(Element element) {
        boolean blocks = element.children().stream().anyMatch(c -> INNER_BLOCKS.contains(c.normalName()));
        if (!blocks) {
            return element.text().strip();
        }
        List<String> lines = element.children().stream()
                .map(Element::text)
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .toList();
        return String.join("\n", lines);
    }

    private static ShopPartKind kind(Element element, String text) {
        String tag = element.normalName();
        if (tag.matches("h[1-6]")) {
            return ShopPartKind.HEADING;
        }
        if (tag.equals("button")) {
            return ShopPartKind.BUTTON;
        }
        if (tag.equals("label") || !element.select("input, select, textarea").isEmpty()) {
            return ShopPartKind.FIELD;
        }
        if (tag.equals("section") && !element.select("h1, h2, h3, h4").isEmpty()) {
            return ShopPartKind.CLAUSE;
        }
        if (PRICE.matcher(text).find()) {
            return ShopPartKind.PRICE; // a product card with its price and basket button shows as a price
        }
        return element.select("button").isEmpty() ? ShopPartKind.TEXT : ShopPartKind.BUTTON;
    }

    /** Plain text, or a price when it names one. */
    static ShopPartKind textOrPrice(String text) {
        return PRICE.matcher(text).find() ? ShopPartKind.PRICE : ShopPartKind.TEXT;
    }
}
