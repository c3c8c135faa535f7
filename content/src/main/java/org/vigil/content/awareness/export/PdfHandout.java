package org.vigil.content.awareness.export;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.font.PDFont;
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
 * A PDF handout in one language for an awareness session: each item as its reader meets it (sample
 * values in place of GoPhish variables), then its red flags, trust signals or clause notes, each
 * with its cue and why it matters; lessons with their slides and quiz answers. Set in the caller's
 * font, embedded, so every language renders and the text can be extracted.
 */
public final class PdfHandout {

    private final HandoutFonts fonts;

    public PdfHandout(HandoutFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] write(ExportSelection selection, Language language, HandoutLabels labels) throws IOException {
        try (HandoutLayout layout = new HandoutLayout(fonts)) {
            layout.paragraph(labels.heading(), layout.bold(), HandoutLayout.HEADING);
            layout.gap(10);
            boolean first = true;
            for (AttackTemplate template : selection.templates()) {
                if (!first) {
                    layout.pageBreak();
                }
                first = false;
                template(layout, template, language, labels);
            }
            for (Lesson lesson : selection.lessons()) {
                if (!first) {
                    layout.pageBreak();
                }
                first = false;
                lesson(layout, lesson, language, labels);
            }
            return layout.finish();
        }
    }

    private void template(HandoutLayout layout, AttackTemplate template, Language language, HandoutLabels labels)
            throws IOException {
        PDFont regular = layout.regular();
        PDFont bold = layout.bold();
        layout.paragraph(template.title().in(language), bold, HandoutLayout.TITLE);
        String meta = labels.type(template.type()) + " · " + labels.verdict(template.verdict())
                + template.difficulty().map(d -> " · " + labels.difficulty(d)).orElse("");
        layout.paragraph(meta, regular, HandoutLayout.SMALL);
        layout.gap(8);
        Map<String, String> values = values(template, language);
        if (template instanceof EmailTemplate email) {
            email(layout, email.message(language), values, labels);
        } else if (template instanceof LandingPage page) {
            field(
                    layout,
                    labels.field(HandoutLabels.Field.ADDRESS),
                    page.address().in(language));
            layout.gap(6);
            String html = TemplateVariables.fill(page.html().get(language), values);
            layout.paragraph(HtmlPlainText.of(html), regular, HandoutLayout.BODY);
        } else if (template instanceof TermsDocument terms) {
            layout.paragraph(HtmlPlainText.of(terms.html().get(language)), regular, HandoutLayout.BODY);
        } else if (template instanceof SocialPost post) {
            post(layout, post.content().get(language), labels);
        }
        List<Marker> markers = Markers.of(template, language);
        if (markers.isEmpty()) {
            return;
        }
        layout.gap(12);
        layout.paragraph(labels.markersHeading(Markers.kindFor(template.verdict())), bold, HandoutLayout.TITLE);
        for (Marker marker : markers) {
            layout.gap(4);
            String cue = marker.cue().map(labels::cue).orElse("");
            String quote =
                    marker.quote().map(q -> TemplateVariables.fill(q, values)).orElse("");
            String head = marker.number() + ". " + cue + (cue.isEmpty() || quote.isEmpty() ? "" : " – ") + quote;
            layout.paragraph(head, bold, HandoutLayout.BODY);
            layout.paragraph(marker.explanation(), regular, HandoutLayout.BODY);
        }
    }

    /** Sample values for GoPhish variables, as the item's reader would see them filled in. */
    static Map<String, String> values(AttackTemplate template, Language language) {
        if (template instanceof EmailTemplate email) {
            return SampleRecipient.forEmail(email, language);
        }
        if (template instanceof LandingPage page) {
            return SampleRecipient.forPage(page, language);
        }
        return Map.of();
    }

    private static void email(
            HandoutLayout layout, EmailMessage message, Map<String, String> values, HandoutLabels labels)
            throws IOException {
        field(layout, labels.field(HandoutLabels.Field.FROM), message.from());
        Optional<String> to = message.header("To");
        if (to.isPresent()) {
            field(layout, labels.field(HandoutLabels.Field.TO), TemplateVariables.fill(to.get(), values));
        }
        field(layout, labels.field(HandoutLabels.Field.SUBJECT), TemplateVariables.fill(message.subject(), values));
        if (!message.attachments().isEmpty()) {
            field(
                    layout,
                    labels.field(HandoutLabels.Field.ATTACHMENTS),
                    String.join(
                            ", ",
                            message.attachments().stream()
                                    .map(EmailAttachment::name)
                                    .toList()));
        }
        layout.gap(6);
        String body =
                message.text().orElseGet(() -> HtmlPlainText.of(message.html().orElse("")));
        layout.paragraph(TemplateVariables.fill(body, values).strip(), layout.regular(), HandoutLayout.BODY);
    }

    private static void post(HandoutLayout layout, PostContent post, HandoutLabels labels) throws IOException {
        layout.paragraph(post.author() + " (" + post.handle() + ")", layout.bold(), HandoutLayout.BODY);
        layout.paragraph(post.body(), layout.regular(), HandoutLayout.BODY);
        Optional<String> title = post.linkTitle();
        if (title.isPresent()) {
            layout.gap(4);
            layout.paragraph(title.get(), layout.bold(), HandoutLayout.BODY);
        }
        if (post.link().isPresent()) {
            field(layout, labels.field(HandoutLabels.Field.LINK), post.link().get());
        }
        if (post.callToAction().isPresent()) {
            layout.paragraph("[ " + post.callToAction().get() + " ]", layout.regular(), HandoutLayout.BODY);
        }
    }

    private static void lesson(HandoutLayout layout, Lesson lesson, Language language, HandoutLabels labels)
            throws IOException {
        PDFont regular = layout.regular();
        PDFont bold = layout.bold();
        layout.paragraph(lesson.title().in(language), bold, HandoutLayout.TITLE);
        layout.paragraph(lesson.summary().in(language), regular, HandoutLayout.BODY);
        layout.gap(10);
        layout.paragraph(labels.field(HandoutLabels.Field.SLIDES), bold, HandoutLayout.TITLE);
        int number = 1;
        for (Slide slide : lesson.slides()) {
            layout.gap(4);
            layout.paragraph(number++ + ". " + slide.title().in(language), bold, HandoutLayout.BODY);
            layout.paragraph(slide.body().in(language), regular, HandoutLayout.BODY);
        }
        layout.gap(10);
        layout.paragraph(labels.field(HandoutLabels.Field.QUIZ), bold, HandoutLayout.TITLE);
        number = 1;
        for (QuizQuestion question : lesson.quiz()) {
            layout.gap(4);
            layout.paragraph(number++ + ". " + question.question().in(language), bold, HandoutLayout.BODY);
            char letter = 'a';
            for (QuizOption option : question.options()) {
                layout.paragraph(letter++ + ") " + option.text().in(language), regular, HandoutLayout.BODY);
            }
            layout.paragraph(
                    labels.field(HandoutLabels.Field.CORRECT_ANSWER) + ": "
                            + question.correctOption().text().in(language),
                    bold,
                    HandoutLayout.BODY);
            layout.paragraph(question.explanation().in(language), regular, HandoutLayout.BODY);
        }
    }

    private static void field(HandoutLayout layout, String label, String value) throws IOException {
        layout.paragraph(label + ": " + value, layout.regular(), HandoutLayout.BODY);
    }
}
