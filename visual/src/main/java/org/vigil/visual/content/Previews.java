package org.vigil.visual.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.vigil.content.awareness.AttackTemplate;
import org.vigil.content.awareness.AwarenessLibrary;
import org.vigil.content.awareness.EmailAttachment;
import org.vigil.content.awareness.EmailMessage;
import org.vigil.content.awareness.EmailTemplate;
import org.vigil.content.awareness.LandingPage;
import org.vigil.content.awareness.Language;
import org.vigil.content.awareness.Place;
import org.vigil.content.awareness.PostContent;
import org.vigil.content.awareness.SocialPost;
import org.vigil.content.awareness.TemplateVariables;
import org.vigil.content.awareness.TermsDocument;
import org.vigil.content.awareness.export.Marker;
import org.vigil.content.awareness.export.Markers;
import org.vigil.content.awareness.export.SampleRecipient;

/** Builds the preview of a template in a language: values filled in, markers located. */
final class Previews {

    private final AwarenessLibrary library;

    Previews(AwarenessLibrary library) {
        this.library = library;
    }

    /**
     * The preview; {@code date} is the email's Date row as the user's language writes it (library
     * emails carry no Date header: GoPhish sets it when it sends them, as "now").
     */
    ItemPreview of(AttackTemplate template, Language language, String date) {
        List<Marker> markers = Markers.of(template, language);
        if (template instanceof EmailTemplate email) {
            Map<String, String> values = SampleRecipient.forEmail(email, language);
            return email(email, language, filled(markers, values), values, date);
        }
        if (template instanceof LandingPage page) {
            Map<String, String> values = SampleRecipient.forPage(page, language);
            UnaryOperator<String> fill = text -> TemplateVariables.fill(text, values);
            markers = filled(markers, values);
            String html = fill.apply(page.html().get(language));
            return new ItemPreview.Page(
                    page.title().in(language),
                    page.verdict(),
                    Optional.of(MarkedText.of(page.address().in(language), at(markers, Place.Area.ADDRESS), fill)),
                    MarkedText.of(pageTitle(html), at(markers, Place.Area.TITLE), fill),
                    html(html, markers, fill),
                    markers);
        }
        if (template instanceof TermsDocument terms) {
            String html = terms.html().get(language);
            UnaryOperator<String> same = UnaryOperator.identity();
            return new ItemPreview.Page(
                    terms.title().in(language),
                    terms.verdict(),
                    Optional.empty(),
                    MarkedText.of(pageTitle(html), at(markers, Place.Area.TITLE), same),
                    html(html, markers, same),
                    markers);
        }
        return post((SocialPost) template, language, markers);
    }

    private ItemPreview.Email email(
            EmailTemplate email, Language language, List<Marker> markers, Map<String, String> values, String date) {
        EmailMessage message = email.message(language);
        UnaryOperator<String> fill = text -> TemplateVariables.fill(text, values);
        List<ItemPreview.HeaderRow> headers = new ArrayList<>();
        for (MailHeader header : MailHeader.values()) {
            Optional<String> value = header == MailHeader.DATE
                    ? Optional.of(message.header("Date").orElse(date))
                    : message.header(header.field());
            value.ifPresent(v -> headers.add(new ItemPreview.HeaderRow(
                    header, MarkedText.of(fill.apply(v), header(markers, header.field()), fill))));
        }
        List<Marker> body = at(markers, Place.Area.BODY);
        List<Marker> linkMarkers = at(markers, Place.Area.LINK);
        Optional<String> html = message.html().map(fill);
        List<ItemPreview.LinkRow> links = new ArrayList<>();
        html.ifPresent(h -> SandboxedHtml.links(h)
                .forEach(link -> links.add(new ItemPreview.LinkRow(
                        link.text(), link.target(), pointingAt(linkMarkers, link.target(), fill)))));
        List<Marker> inText = new ArrayList<>(body);
        inText.addAll(linkMarkers.stream().filter(m -> m.quote().isPresent()).toList());
        List<ItemPreview.AttachmentRow> attachments = new ArrayList<>();
        List<Marker> attachmentMarkers = at(markers, Place.Area.ATTACHMENT);
        for (EmailAttachment attachment : message.attachments()) {
            attachments.add(ItemPreview.AttachmentRow.of(
                    attachment, MarkedText.of(attachment.name(), attachmentMarkers, fill)));
        }
        return new ItemPreview.Email(
                email.title().in(language),
                email.verdict(),
                headers,
                html.map(h -> html(h, markers, fill)),
                message.text().map(t -> MarkedText.of(fill.apply(t), inText, fill)),
                links,
                attachments,
                markers);
    }

    private ItemPreview.Post post(SocialPost post, Language language, List<Marker> markers) {
        PostContent content = post.content().get(language);
        UnaryOperator<String> same = UnaryOperator.identity();
        return new ItemPreview.Post(
                post.title().in(language),
                post.verdict(),
                MarkedText.of(content.author(), at(markers, Place.Area.AUTHOR), same),
                MarkedText.of(content.handle(), at(markers, Place.Area.HANDLE), same),
                MarkedText.of(content.body(), at(markers, Place.Area.BODY), same),
                content.linkTitle().map(t -> MarkedText.of(t, at(markers, Place.Area.LINK_TITLE), same)),
                content.link().map(l -> MarkedText.of(l, at(markers, Place.Area.LINK), same)),
                content.callToAction().map(c -> MarkedText.of(c, at(markers, Place.Area.CALL_TO_ACTION), same)),
                post.reactions(),
                post.illustration().flatMap(library::illustration),
                markers);
    }

    /** The markers with their quotes as the reader sees them: {{.FirstName}} becomes the sample name. */
    private static List<Marker> filled(List<Marker> markers, Map<String, String> values) {
        return markers.stream()
                .map(m -> new Marker(
                        m.number(),
                        m.kind(),
                        m.cue(),
                        m.topic(),
                        m.place(),
                        m.quote().map(q -> TemplateVariables.fill(q, values)),
                        m.explanation()))
                .toList();
    }

    private static ItemPreview.Html html(String html, List<Marker> markers, UnaryOperator<String> fill) {
        return new ItemPreview.Html(
                SandboxedHtml.prepare(html, markers, fill, false), SandboxedHtml.prepare(html, markers, fill, true));
    }

    private static List<Marker> at(List<Marker> markers, Place.Area area) {
        return markers.stream().filter(m -> m.place().area() == area).toList();
    }

    private static List<Marker> header(List<Marker> markers, String name) {
        return markers.stream()
                .filter(m -> m.place().area() == Place.Area.HEADER
                        && m.place().name().equalsIgnoreCase(name))
                .toList();
    }

    private static List<Marker> pointingAt(List<Marker> markers, String target, UnaryOperator<String> fill) {
        return markers.stream()
                .filter(m -> m.quote()
                        .map(q -> QuoteFinder.contains(target, fill.apply(q)))
                        .orElse(true))
                .toList();
    }

    private static String pageTitle(String html) {
        return org.jsoup.Jsoup.parse(html).title();
    }
}
