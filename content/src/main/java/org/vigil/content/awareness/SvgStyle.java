package org.vigil.content.awareness;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks an illustration against the library's visual style (docs/content-format.md): the fixed
 * canvas, flat shapes in the palette, no words, and nothing that runs or loads. One consistent
 * style is what makes a hundred drawings by different hands look like one product.
 */
final class SvgStyle {

    static final String VIEW_BOX = "0 0 480 320";
    static final int MAX_BYTES = 100 * 1024;

    /** The palette, by hex value: colour-blind-safe accents (Okabe–Ito) on neutral inks and paper. */
    static final Map<String, String> PALETTE = Map.ofEntries(
            Map.entry("#1f2a44", "ink"),
            Map.entry("#5b6578", "slate"),
            Map.entry("#a7afbc", "mist"),
            Map.entry("#e4e7ec", "cloud"),
            Map.entry("#f5f1e8", "canvas"),
            Map.entry("#ffffff", "paper"),
            Map.entry("#0072b2", "blue"),
            Map.entry("#56b4e9", "sky"),
            Map.entry("#009e73", "green"),
            Map.entry("#f0e442", "yellow"),
            Map.entry("#e69f00", "orange"),
            Map.entry("#d55e00", "vermilion"),
            Map.entry("#cc79a7", "purple"),
            Map.entry("#c8955a", "cardboard"),
            Map.entry("#f2d0b5", "skin-1"),
            Map.entry("#d9a27e", "skin-2"),
            Map.entry("#a86b4c", "skin-3"),
            Map.entry("#6b4433", "skin-4"),
            Map.entry("#3b2a20", "hair"));

    private static final Set<String> ELEMENTS = Set.of(
            "svg",
            "g",
            "defs",
            "symbol",
            "use",
            "clipPath",
            "path",
            "rect",
            "circle",
            "ellipse",
            "line",
            "polyline",
            "polygon",
            "text",
            "tspan");
    private static final Set<String> COLOUR_ATTRIBUTES =
            Set.of("fill", "stroke", "stop-color", "color", "flood-color", "lighting-color");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private SvgStyle() {}

    static List<HtmlFinding> check(byte[] svg) {
        List<HtmlFinding> findings = new ArrayList<>();
        if (svg.length > MAX_BYTES) {
            findings.add(new HtmlFinding(
                    0,
                    "",
                    "is " + svg.length / 1024 + " KiB; keep illustrations under " + MAX_BYTES / 1024
                            + " KiB of simple shapes"));
        }
        String wellFormed = wellFormedness(svg);
        if (!wellFormed.isEmpty()) {
            int line = Integer.parseInt(wellFormed.substring(0, wellFormed.indexOf(':')));
            findings.add(new HtmlFinding(
                    line, "", "not well-formed XML: " + wellFormed.substring(wellFormed.indexOf(':') + 1)));
            return findings;
        }
        Document document = Jsoup.parse(
                new String(svg, StandardCharsets.UTF_8), "", Parser.xmlParser().setTrackPosition(true));
        Element root = document.children().first();
        if (root == null || !root.tagName().equals("svg")) {
            findings.add(new HtmlFinding(1, "", "the root element must be <svg>"));
            return findings;
        }
        if (!root.attr("xmlns").equals("http://www.w3.org/2000/svg")) {
            findings.add(new HtmlFinding(line(root), "<svg xmlns>", "must be xmlns=\"http://www.w3.org/2000/svg\""));
        }
        if (!root.attr("viewBox").trim().replaceAll("[\\s,]+", " ").equals(VIEW_BOX)) {
            findings.add(new HtmlFinding(
                    line(root), "<svg viewBox>", "must be viewBox=\"" + VIEW_BOX + "\", the library's canvas"));
        }
        for (Element element : root.getAllElements()) {
            checkElement(element, findings);
        }
        return findings;
    }

    private static void checkElement(Element element, List<HtmlFinding> findings) {
        String tag = element.tagName();
        if (!ELEMENTS.contains(tag)) {
            findings.add(new HtmlFinding(
                    line(element),
                    "<" + tag + ">",
                    "<" + tag + "> is not part of the illustration style; use "
                            + String.join(", ", ELEMENTS.stream().sorted().toList())));
            return;
        }
        if (tag.equals("text") && LETTER.matcher(element.text()).find()) {
            findings.add(
                    new HtmlFinding(
                            line(element),
                            "<text>",
                            "\"" + element.text()
                                    + "\" has letters, which would need translating: draw text as grey bars; <text> may hold only digits and symbols"));
        }
        for (Attribute attribute : element.attributes()) {
            String key = attribute.getKey();
            String value = attribute.getValue().trim();
            String where = "<" + tag + " " + key + ">";
            if (key.toLowerCase(Locale.ROOT).startsWith("on")) {
                findings.add(new HtmlFinding(
                        line(element), where, "event handler attribute \"" + key + "\" is not allowed"));
            } else if (key.equals("style")) {
                findings.add(new HtmlFinding(
                        line(element), where, "use presentation attributes (fill, stroke, ...) instead of style"));
            } else if ((key.equals("href") || key.equals("xlink:href")) && !value.startsWith("#")) {
                findings.add(new HtmlFinding(
                        line(element), where, "may only refer to an element of the same file (\"#id\")"));
            } else if (COLOUR_ATTRIBUTES.contains(key) && !inPalette(value)) {
                findings.add(new HtmlFinding(
                        line(element),
                        where,
                        "colour \"" + value + "\" is not in the palette; use none or one of "
                                + String.join(
                                        ", ", PALETTE.keySet().stream().sorted().toList())));
            }
        }
    }

    private static boolean inPalette(String colour) {
        String value = colour.toLowerCase(Locale.ROOT);
        return value.equals("none") || PALETTE.containsKey(value);
    }

    private static int line(Element element) {
        return element.sourceRange().start().lineNumber();
    }

    /** Empty if well-formed, else {@code line:reason}. Document types are refused: no entities, no external loads. */
    private static String wellFormedness(byte[] svg) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newSAXParser().parse(new ByteArrayInputStream(svg), new DefaultHandler());
            return "";
        } catch (SAXParseException e) {
            return Math.max(0, e.getLineNumber()) + ":" + e.getMessage();
        } catch (SAXException | ParserConfigurationException | IOException e) {
            return "0:" + e.getMessage();
        }
    }
}
