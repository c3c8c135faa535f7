package org.vigil.content.awareness;

import java.util.List;
import java.util.Optional;

/**
 * One language of an email, parsed from its {@code .eml}: headers, subject, the plain-text and HTML
 * bodies (at least one) and attachments. GoPhish variables such as {@code {{.FirstName}}} are kept.
 */
public record EmailMessage(
        List<EmailHeader> headers,
        String from,
        String subject,
        Optional<String> text,
        Optional<String> html,
        List<EmailAttachment> attachments) {

    public EmailMessage {
        headers = List.copyOf(headers);
        attachments = List.copyOf(attachments);
    }

    /** The first header of that name, matched ignoring case as mail does. */
    public Optional<String> header(String name) {
        return headers.stream()
                .filter(h -> h.name().equalsIgnoreCase(name))
                .map(EmailHeader::value)
                .findFirst();
    }
}
