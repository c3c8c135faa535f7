package org.vigil.game.inbox;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.vigil.content.awareness.Anchor;
import org.vigil.content.awareness.EmailAttachment;
import org.vigil.content.awareness.EmailMessage;
import org.vigil.content.awareness.EmailTemplate;
import org.vigil.content.awareness.Language;
import org.vigil.content.awareness.Place;
import org.vigil.content.awareness.TemplateVariables;
import org.vigil.content.awareness.export.SampleRecipient;

/**
 * Turns an awareness email into the parts a player sees, as a mail client shows them: sender,
 * reply-to, subject, the body's paragraphs (links taken out of the text and shown as links of their
 * own, with the address they really lead to), and attachments. GoPhish variables are filled with the
 * language's sample recipient, so the player reads "Dear Lena", not "Dear {{.FirstName}}". Each red
 * flag and trust signal is located in the parts that hold its quote, matched as the content checker
 * matches it (NFC, white space collapsed).
 */
public final class InboxEmails {

    private static final Pattern TEXT_URL = Pattern.compile("(\\{\\{\\.URL}}|\\{\\{\\.BaseURL}}|https?://)[^\\s<>\"]*");

    public InboxEmail of(EmailTemplate template, Language language) {
        EmailMessage message = template.message(language);
        Map<String, String> variables = SampleRecipient.forEmail(template, language);
        List<EmailPart> parts = new ArrayList<>();
        parts.add(EmailPart.of(PartKind.FROM, fill(message.from(), variables)));
        message.header("Reply-To").ifPresent(v -> parts.add(EmailPart.of(PartKind.REPLY_TO, fill(v, variables))));
        parts.add(EmailPart.of(PartKind.SUBJECT, fill(message.subject(), variables)));
        Optional<Document> html = message.html().map(h -> Jsoup.parse(fill(h, variables)));
        paragraphs(message, html, variables).forEach(p -> parts.add(EmailPart.of(PartKind.BODY, p)));
        links(message, html, variables).forEach(parts::add);
        for (EmailAttachment attachment : message.attachments()) {
            parts.add(EmailPart.of(PartKind.ATTACHMENT, attachment.name()));
        }
        List<InboxClue> clues = template.redFlags().stream()
                .map(flag -> new InboxClue(
                        flag.id(),
                        flag.cue(),
                        locate(parts, flag.anchor(), language, variables),
                        flag.explanation().in(language)))
                .toList();
        List<TrustNote> trust = template.info().trustSignals().stream()
                .map(signal -> new TrustNote(
                        signal.id(),
                        locate(parts, signal.anchor(), language, variables),
                        signal.explanation().in(language)))
                .toList();
        return new InboxEmail(
                template.id(), template.verdict().isHarmful(), template.difficulty(), parts, clues, trust);
    }

    private static List<String> paragraphs(
            EmailMessage message, Optional<Document> html, Map<String, String> variables) {
        String text = message.text()
                .map(t -> TEXT_URL.matcher(t).replaceAll(""))
                .map(t -> fill(t, variables))
                .orElseGet(() -> html.map(InboxEmails::visibleText).orElse(""));
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            String lines = paragraph
                    .lines()
                    .map(String::strip)
                    .reduce((a, b) -> a + "\n" + b)
                    .orElse("")
                    .strip();
            if (!lines.isEmpty()) {
                paragraphs.add(lines);
            }
        }
        return paragraphs;
    }

    /** The HTML's visible text, a paragraph per block, for emails with no text part. */
    private static String visibleText(Document document) {
        StringBuilder text = new StringBuilder();
        for (Element block : document.body().select("p, li, h1, h2, h3, td, div:not(:has(p, div, li, table))")) {
            String own = block.text().strip();
            if (!own.isEmpty()) {
                text.append(own).append("\n\n");
            }
        }
        return text.toString();
    }

    private static List<EmailPart> links(EmailMessage message, Optional<Document> html, Map<String, String> variables) {
        Set<EmailPart> links = new LinkedHashSet<>();
        html.ifPresent(document -> {
            for (Element link : document.select("a[href]")) {
                String target = link.attr("href");
                if (!target.startsWith("#")) {
                    links.add(new EmailPart(PartKind.LINK, link.text().strip(), Optional.of(target)));
                }
            }
        });
        if (html.isEmpty()) {
            message.text()
                    .ifPresent(text -> TEXT_URL.matcher(text).results().forEach(url -> {
                        String target = fill(url.group(), variables);
                        links.add(new EmailPart(PartKind.LINK, target, Optional.of(target)));
                    }));
        }
        return List.copyOf(links);
    }

    /**
     * The parts holding an anchor: those of its place that contain its quote, or all of its place's
     * parts when it has no quote or the quote spans parts.
     */
    private static Set<Integer> locate(
            List<EmailPart> parts, Anchor anchor, Language language, Map<String, String> variables) {
        List<Integer> candidates = IntStream.range(0, parts.size())
                .filter(i -> belongs(parts.get(i).kind(), anchor.place()))
                .boxed()
                .toList();
        Optional<String> quote = anchor.quote().map(q -> normalise(fill(q.in(language), variables)));
        if (quote.isPresent()) {
            List<Integer> holding = candidates.stream()
                    .filter(i -> normalise(searchable(parts.get(i))).contains(quote.get()))
                    .toList();
            if (!holding.isEmpty()) {
                return Set.of(holding.get(0)); // games point at the first occurrence
            }
        }
        return Set.copyOf(candidates);
    }

    private static boolean belongs(PartKind kind, Place place) {
        return switch (place.area()) {
            case HEADER ->
                switch (place.name().toLowerCase(java.util.Locale.ROOT)) {
                    case "from" -> kind == PartKind.FROM;
                    case "reply-to" -> kind == PartKind.REPLY_TO;
                    case "subject" -> kind == PartKind.SUBJECT;
                    default -> false;
                };
            case BODY -> kind == PartKind.BODY;
            case LINK -> kind == PartKind.LINK;
            case ATTACHMENT -> kind == PartKind.ATTACHMENT;
            default -> false;
        };
    }

    private static String searchable(EmailPart part) {
        return part.target().map(t -> part.text() + " " + t).orElse(part.text());
    }

    private static String fill(String text, Map<String, String> variables) {
        return TemplateVariables.fill(text, variables);
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .replaceAll("[\\s\\u00A0\\u202F]+", " ")
                .strip();
    }
}
