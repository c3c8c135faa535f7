package org.vigil.content.awareness;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One language of a landing page or terms: a complete, inert HTML document whose {@code <html
 * lang>} names its language and whose {@code <title>} is set.
 */
record HtmlFile(String file, String raw, Document document) {

    /** Reads and checks the file; empty if it is missing or not UTF-8 (both reported). */
    static Optional<HtmlFile> read(ReadContext context, String file, Language language, String why) {
        Optional<byte[]> bytes = context.required(file, why);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        String raw;
        try {
            raw = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.get()))
                    .toString();
        } catch (CharacterCodingException e) {
            context.problems.add(file, 0, "", "not valid UTF-8: save the file as UTF-8");
            return Optional.empty();
        }
        HtmlFile html = new HtmlFile(file, raw, InertHtml.parse(raw));
        html.check(context.problems, language);
        return Optional.of(html);
    }

    private void check(Problems problems, Language language) {
        Element root = document.selectFirst("html");
        String lang = root == null ? "" : root.attr("lang");
        if (!lang.equals(language.tag())) {
            problems.add(
                    file,
                    root == null ? 1 : root.sourceRange().start().lineNumber(),
                    "<html lang>",
                    "must be lang=\"" + language.tag() + "\" (found \"" + lang + "\")");
        }
        if (document.title().isBlank()) {
            problems.add(file, 0, "<title>", "missing: every page needs a <title>, shown in the browser's tab");
        }
        for (HtmlFinding finding : InertHtml.check(document, InertHtml.Use.PAGE)) {
            problems.add(file, finding.line(), finding.where(), finding.reason());
        }
        ContentChecks.domains(file, raw, raw, problems);
    }

    /** The visible text of the body, as a reader sees it. */
    String bodyText() {
        return document.body().text();
    }

    /** What a reader sees of an element: its text, or for images and inputs their alt, placeholder or value. */
    private static String shownText(Element element) {
        return String.join(
                " ", element.text(), element.attr("alt"), element.attr("placeholder"), element.attr("value"));
    }

    /** The regions at a page place: title, body or an element by id. */
    List<PlaceRegion> at(Place place) {
        return switch (place.area()) {
            case TITLE -> List.of(PlaceRegion.of("the <title>", document.title()));
            case BODY -> List.of(PlaceRegion.of("the body text", bodyText()));
            case ELEMENT ->
                Optional.ofNullable(document.getElementById(place.name()))
                        .map(e -> List.of(PlaceRegion.of("element #" + place.name(), shownText(e))))
                        .orElse(List.of());
            default -> List.of();
        };
    }
}
