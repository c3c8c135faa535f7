package org.vigil.content.awareness.export;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** The visible text of an HTML document with its paragraphs and list items on lines of their own. */
final class HtmlPlainText {

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
            "title");

    private HtmlPlainText() {}

    static String of(String html) {
        StringBuilder text = new StringBuilder();
        Element body = Jsoup.parse(html).body();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element element
                        && element.normalName().equals("br")) {
                    text.append('\n');
                } else if (node instanceof Element element
                        && element.normalName().equals("li")) {
                    text.append("\n• ");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    text.append('\n');
                }
            }
        });
        return text.toString()
                .lines()
                .map(String::strip)
                .reduce((a, b) -> a + "\n" + b)
                .orElse("")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }
}
