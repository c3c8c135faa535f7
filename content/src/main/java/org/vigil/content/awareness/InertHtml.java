package org.vigil.content.awareness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks that HTML is inert: nothing runs (no scripts, no event handlers, no plugins, no refresh)
 * and nothing is fetched from outside the file. Landing pages and terms may link only within
 * themselves and their forms post nowhere; emails may also link out (that is what a lure does) and
 * carry GoPhish's tracking image.
 *
 * <p>{@code data:} URIs are allowed for raster images only (PNG, JPEG, GIF, WebP): they let a page
 * carry its logo without any network load, and a raster image cannot run code. SVG data URIs are
 * refused because an SVG opened on its own is a document that can run scripts.
 */
final class InertHtml {

    /** Where the HTML is used, which decides where its links may point. */
    enum Use {
        PAGE,
        EMAIL
    }

    private static final Set<String> FORBIDDEN_ELEMENTS =
            Set.of("script", "iframe", "frame", "frameset", "object", "embed", "applet", "link", "base", "portal");
    private static final Set<String> LINK_ATTRIBUTES = Set.of("href", "xlink:href", "action", "formaction");
    private static final Set<String> LOAD_ATTRIBUTES = Set.of("src", "poster", "background");
    private static final Set<String> FORBIDDEN_ATTRIBUTES = Set.of(
            "srcset",
            "imagesrcset",
            "ping",
            "longdesc",
            "manifest",
            "codebase",
            "archive",
            "classid",
            "lowsrc",
            "dynsrc",
            "profile",
            "xml:base");

    private static final Pattern RASTER_DATA =
            Pattern.compile("(?i)^data:image/(png|jpeg|gif|webp)[;,].*", Pattern.DOTALL);
    private static final Pattern CSS_URL = Pattern.compile("(?i)url\\(\\s*(['\"]?)(.*?)\\1\\s*\\)", Pattern.DOTALL);
    /** Template variables are checked on their own, so any {@code {{...}}} passes here. */
    private static final Pattern EMAIL_LINK =
            Pattern.compile("(?i)^(\\{\\{|https?://|mailto:|tel:|#).*", Pattern.DOTALL);

    private InertHtml() {}

    static Document parse(String html) {
        return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    }

    static List<HtmlFinding> check(Document document, Use use) {
        List<HtmlFinding> findings = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            String tag = element.tagName().toLowerCase(Locale.ROOT);
            int line = element.sourceRange().start().lineNumber();
            if (FORBIDDEN_ELEMENTS.contains(tag) || (use == Use.EMAIL && tag.equals("form"))) {
                findings.add(
                        new HtmlFinding(line, "<" + tag + ">", "<" + tag + "> is not allowed: content must be inert"));
                continue;
            }
            if (tag.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
                findings.add(
                        new HtmlFinding(line, "<meta http-equiv>", "a refresh would load another page: not allowed"));
            }
            if (tag.equals("style")) {
                checkCss(element.data(), line, "<style>", findings);
            }
            for (Attribute attribute : element.attributes()) {
                checkAttribute(tag, attribute, line, use, findings);
            }
        }
        return findings;
    }

    private static void checkAttribute(String tag, Attribute attribute, int line, Use use, List<HtmlFinding> findings) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue().trim();
        String where = "<" + tag + " " + key + ">";
        if (key.startsWith("on")) {
            findings.add(new HtmlFinding(
                    line, where, "event handler attribute \"" + key + "\" is not allowed: content must be inert"));
        } else if (FORBIDDEN_ATTRIBUTES.contains(key)) {
            findings.add(
                    new HtmlFinding(line, where, "attribute \"" + key + "\" is not allowed: it can load from outside"));
        } else if (key.equals("style")) {
            checkCss(value, line, where, findings);
        } else if (LINK_ATTRIBUTES.contains(key) && !linkAllowed(value, use)) {
            findings.add(new HtmlFinding(
                    line,
                    where,
                    use == Use.PAGE
                            ? "points outside the page (\"" + value
                                    + "\"): links and forms may only point at \"\", \"#\" or \"#fragment\""
                            : "link \"" + value + "\" is not allowed: use {{.URL}}, https://, mailto:, tel: or #"));
        } else if (LOAD_ATTRIBUTES.contains(key) && !loadAllowed(tag, value, use)) {
            findings.add(new HtmlFinding(
                    line,
                    where,
                    "loads \"" + shorten(value) + "\" from outside: use a data:image/png, jpeg, gif or webp URI"
                            + (use == Use.EMAIL ? ", or {{.TrackingURL}} for a tracking image" : "")));
        }
    }

    private static boolean linkAllowed(String value, Use use) {
        if (value.isEmpty() || value.startsWith("#")) {
            return true;
        }
        return use == Use.EMAIL && EMAIL_LINK.matcher(value).matches();
    }

    private static boolean loadAllowed(String tag, String value, Use use) {
        if (RASTER_DATA.matcher(value).matches()) {
            return true;
        }
        return use == Use.EMAIL && tag.equals("img") && value.equals("{{.TrackingURL}}");
    }

    private static void checkCss(String css, int line, String where, List<HtmlFinding> findings) {
        String lower = css.toLowerCase(Locale.ROOT);
        if (lower.contains("@import")) {
            findings.add(new HtmlFinding(line, where, "CSS @import loads from outside: not allowed"));
        }
        if (lower.contains("expression(")) {
            findings.add(new HtmlFinding(line, where, "CSS expression() runs code: not allowed"));
        }
        Matcher url = CSS_URL.matcher(css);
        while (url.find()) {
            String target = url.group(2).trim();
            if (!target.startsWith("#") && !RASTER_DATA.matcher(target).matches()) {
                findings.add(new HtmlFinding(
                        line,
                        where,
                        "CSS url(" + shorten(target)
                                + ") loads from outside: use a data:image/png, jpeg, gif or webp URI"));
            }
        }
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 57) + "..." : value;
    }
}
