package org.vigil.content.awareness.export;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.vigil.content.awareness.AttackTemplate;
import org.vigil.content.awareness.EmailAttachment;
import org.vigil.content.awareness.EmailMessage;
import org.vigil.content.awareness.EmailTemplate;
import org.vigil.content.awareness.LandingPage;
import org.vigil.content.awareness.Language;
import org.vigil.content.awareness.Lesson;
import org.vigil.content.awareness.PostContent;
import org.vigil.content.awareness.QuizOption;
import org.vigil.content.awareness.QuizQuestion;
import org.vigil.content.awareness.Slide;
import org.vigil.content.awareness.SocialPost;
import org.vigil.content.awareness.TemplateVariables;
import org.vigil.content.awareness.TermsDocument;

/**
 * Each item in one language as a standalone HTML file, to show on a projector or put on an
 * intranet: emails with their sender, recipient and subject above the body, pages and terms as
 * they are, posts as a card, lessons with slides and quiz. GoPhish variables take sample values.
 * Every file carries a content security policy that forbids scripts and loading anything, on top
 * of the library's content being inert already.
 */
public final class HtmlExport {

    static final String POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

    public String template(AttackTemplate template, Language language, HandoutLabels labels) {
        Map<String, String> values = PdfHandout.values(template, language);
        if (template instanceof EmailTemplate email) {
            return email(email.message(language), values, language, labels);
        }
        if (template instanceof LandingPage page) {
            return inert(Jsoup.parse(TemplateVariables.fill(page.html().get(language), values)));
        }
        if (template instanceof TermsDocument terms) {
            return inert(Jsoup.parse(terms.html().get(language)));
        }
        SocialPost post = (SocialPost) template;
        return post(post.content().get(language), template.title().in(language), language);
    }

    public String lesson(Lesson lesson, Language language, HandoutLabels labels) {
        Document document = blank(lesson.title().in(language), language);
        Element body = document.body();
        body.appendElement("h1").text(lesson.title().in(language));
        body.appendElement("p").text(lesson.summary().in(language));
        body.appendElement("h2").text(labels.field(HandoutLabels.Field.SLIDES));
        Element slides = body.appendElement("ol");
        for (Slide slide : lesson.slides()) {
            Element item = slides.appendElement("li");
            item.appendElement("strong").text(slide.title().in(language));
            item.appendElement("p").text(slide.body().in(language));
        }
        body.appendElement("h2").text(labels.field(HandoutLabels.Field.QUIZ));
        Element quiz = body.appendElement("ol");
        for (QuizQuestion question : lesson.quiz()) {
            Element item = quiz.appendElement("li");
            item.appendElement("strong").text(question.question().in(language));
            Element options = item.appendElement("ol").attr("type", "a");
            for (QuizOption option : question.options()) {
                options.appendElement("li").text(option.text().in(language));
            }
            item.appendElement("p")
                    .text(labels.field(HandoutLabels.Field.CORRECT_ANSWER) + ": "
                            + question.correctOption().text().in(language));
            item.appendElement("p").text(question.explanation().in(language));
        }
        return inert(document);
    }

    private static String email(
            EmailMessage message, Map<String, String> values, Language language, HandoutLabels labels) {
        Document document = message.html()
                .map(html -> Jsoup.parse(TemplateVariables.fill(html, values)))
                .orElseGet(() -> {
                    Document plain = blank(message.subject(), language);
                    plain.body()
                            .appendElement("pre")
                            .attr("style", "white-space: pre-wrap; font-family: inherit;")
                            .text(TemplateVariables.fill(message.text().orElse(""), values));
                    return plain;
                });
        document.title(TemplateVariables.fill(message.subject(), values));
        Element headers = new Element("table")
                .attr("style", "border-bottom: 1px solid #999999; margin-bottom: 12px; font-family: sans-serif;");
        row(headers, labels.field(HandoutLabels.Field.FROM), message.from());
        message.header("To")
                .ifPresent(
                        to -> row(headers, labels.field(HandoutLabels.Field.TO), TemplateVariables.fill(to, values)));
        row(headers, labels.field(HandoutLabels.Field.SUBJECT), TemplateVariables.fill(message.subject(), values));
        if (!message.attachments().isEmpty()) {
            row(
                    headers,
                    labels.field(HandoutLabels.Field.ATTACHMENTS),
                    String.join(
                            ", ",
                            message.attachments().stream()
                                    .map(EmailAttachment::name)
                                    .toList()));
        }
        document.body().prependChild(headers);
        return inert(document);
    }

    private static void row(Element table, String label, String value) {
        Element row = table.appendElement("tr");
        row.appendElement("th")
                .attr("style", "text-align: left; padding-right: 12px;")
                .text(label);
        row.appendElement("td").text(value);
    }

    private static String post(PostContent post, String title, Language language) {
        Document document = blank(title, language);
        Element card = document.body()
                .appendElement("article")
                .attr("style", "max-width: 32em; border: 1px solid #cccccc; border-radius: 8px; padding: 12px;");
        card.appendElement("strong").text(post.author());
        card.appendText(" ");
        card.appendElement("span").attr("style", "color: #5b6578;").text(post.handle());
        card.appendElement("p").text(post.body());
        post.linkTitle()
                .ifPresent(t -> card.appendElement("p").appendElement("strong").text(t));
        post.link()
                .ifPresent(link ->
                        card.appendElement("p").attr("style", "color: #5b6578;").text(link));
        post.callToAction()
                .ifPresent(action -> card.appendElement("p")
                        .appendElement("span")
                        .attr("style", "border: 1px solid #0072b2; border-radius: 4px; padding: 4px 10px;")
                        .text(action));
        return inert(document);
    }

    private static Document blank(String title, Language language) {
        Document document = Jsoup.parse("<!DOCTYPE html><html><head></head><body></body></html>");
        document.selectFirst("html").attr("lang", language.tag());
        document.title(title);
        document.body().attr("style", "font-family: sans-serif; max-width: 48em;");
        return document;
    }

    /** The document with UTF-8 declared and a policy that lets nothing run or load. */
    private static String inert(Document document) {
        document.head()
                .select("meta[charset], meta[http-equiv=Content-Security-Policy]")
                .remove();
        document.head()
                .prependElement("meta")
                .attr("http-equiv", "Content-Security-Policy")
                .attr("content", POLICY);
        document.head().prependElement("meta").attr("charset", "utf-8");
        document.outputSettings().charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        return document.outerHtml();
    }
}
