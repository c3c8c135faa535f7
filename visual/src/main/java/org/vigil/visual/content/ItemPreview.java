package org.vigil.visual.content;

import java.util.List;
import java.util.Optional;
import org.vigil.content.awareness.EmailAttachment;
import org.vigil.content.awareness.Illustration;
import org.vigil.content.awareness.Reactions;
import org.vigil.content.awareness.Verdict;
import org.vigil.content.awareness.export.Marker;
import org.vigil.content.awareness.export.MarkerKind;
import org.vigil.content.awareness.export.Markers;

/**
 * An attack-simulation template in one language, ready to show as its reader would meet it, with
 * GoPhish variables filled by a sample recipient and every marker located: in header rows, an
 * address bar, a post's fields (as {@link MarkedText}) and in the HTML (as marks in the prepared copy).
 */
public sealed interface ItemPreview {

    String title();

    Verdict verdict();

    /** Red flags, trust signals or clause notes, numbered as they are marked. */
    List<Marker> markers();

    /** What the item's markers are, for the toggle and the list's heading. */
    default MarkerKind markerKind() {
        return Markers.kindFor(verdict());
    }

    /** The HTML prepared for the sandboxed web view, with or without the markers marked. */
    record Html(String plain, String marked) {

        public String shown(boolean markersShown) {
            return markersShown ? marked : plain;
        }
    }

    /** A header row as a mail client shows it. */
    record HeaderRow(MailHeader header, MarkedText value) {}

    /** A link of an email: its text and the target a hover reveals, with the markers on it. */
    record LinkRow(String text, String target, List<Marker> markers) {}

    /** An attachment's name (marked where a red flag points at it), type and size. */
    record AttachmentRow(MarkedText name, String contentType, long bytes) {

        static AttachmentRow of(EmailAttachment attachment, MarkedText name) {
            return new AttachmentRow(name, attachment.contentType(), attachment.bytes().length);
        }
    }

    record Email(
            String title,
            Verdict verdict,
            List<HeaderRow> headers,
            Optional<Html> html,
            Optional<MarkedText> text,
            List<LinkRow> links,
            List<AttachmentRow> attachments,
            List<Marker> markers)
            implements ItemPreview {

        public Email {
            headers = List.copyOf(headers);
            links = List.copyOf(links);
            attachments = List.copyOf(attachments);
            markers = List.copyOf(markers);
        }
    }

    /** A landing page (with the address its browser would show) or terms and conditions (without). */
    record Page(
            String title,
            Verdict verdict,
            Optional<MarkedText> address,
            MarkedText tabTitle,
            Html html,
            List<Marker> markers)
            implements ItemPreview {

        public Page {
            markers = List.copyOf(markers);
        }
    }

    record Post(
            String title,
            Verdict verdict,
            MarkedText author,
            MarkedText handle,
            MarkedText body,
            Optional<MarkedText> linkTitle,
            Optional<MarkedText> link,
            Optional<MarkedText> callToAction,
            Optional<Reactions> reactions,
            Optional<Illustration> illustration,
            List<Marker> markers)
            implements ItemPreview {

        public Post {
            markers = List.copyOf(markers);
        }
    }
}
