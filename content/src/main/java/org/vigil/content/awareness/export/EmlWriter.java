package org.vigil.content.awareness.export;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.content.awareness.EmailAttachment;
import org.vigil.content.awareness.EmailHeader;
import org.vigil.content.awareness.EmailMessage;

/**
 * Writes one language of an email as an {@code .eml} file in the form the library's own files have
 * (docs/content-format.md §6.3): the message's headers in UTF-8 (RFC 6532), a {@code
 * multipart/alternative} body with the text and HTML parts in 8 bit, attachments in base64 inside
 * {@code multipart/mixed}. GoPhish variables are kept, so the file can be imported into GoPhish or
 * opened in a mail client, and Vigil's reader reads it back to the same message.
 */
public final class EmlWriter {

    /** The body's structure is written anew, so the original's MIME headers are left out. */
    private static final Set<String> STRUCTURAL =
            Set.of("mime-version", "content-type", "content-transfer-encoding", "content-disposition");

    private static final String ALTERNATIVE = "vigil-export-alternative";
    private static final String MIXED = "vigil-export-mixed";

    public String write(EmailMessage message) {
        StringBuilder eml = new StringBuilder();
        for (EmailHeader header : message.headers()) {
            if (!STRUCTURAL.contains(header.name().toLowerCase(Locale.ROOT))) {
                eml.append(header.name())
                        .append(": ")
                        .append(oneLine(header.value()))
                        .append('\n');
            }
        }
        eml.append("MIME-Version: 1.0\n");
        if (message.attachments().isEmpty()) {
            body(eml, message);
        } else {
            eml.append("Content-Type: multipart/mixed; boundary=\"")
                    .append(MIXED)
                    .append("\"\n\n");
            eml.append("--").append(MIXED).append('\n');
            body(eml, message);
            for (EmailAttachment attachment : message.attachments()) {
                eml.append("\n--").append(MIXED).append('\n');
                attachment(eml, attachment);
            }
            eml.append("\n--").append(MIXED).append("--\n");
        }
        return eml.toString();
    }

    /** The text and HTML parts: alternatives of each other when both exist. */
    private static void body(StringBuilder eml, EmailMessage message) {
        if (message.text().isPresent() && message.html().isPresent()) {
            eml.append("Content-Type: multipart/alternative; boundary=\"")
                    .append(ALTERNATIVE)
                    .append("\"\n\n");
            eml.append("--").append(ALTERNATIVE).append('\n');
            textPart(eml, "text/plain", message.text().get());
            eml.append("\n--").append(ALTERNATIVE).append('\n');
            textPart(eml, "text/html", message.html().get());
            eml.append("\n--").append(ALTERNATIVE).append("--\n");
        } else {
            message.text().ifPresent(text -> textPart(eml, "text/plain", text));
            message.html().ifPresent(html -> textPart(eml, "text/html", html));
        }
    }

    private static void textPart(StringBuilder eml, String type, String content) {
        eml.append("Content-Type: ").append(type).append("; charset=UTF-8\n");
        eml.append("Content-Transfer-Encoding: 8bit\n\n");
        eml.append(content);
        if (!content.endsWith("\n")) {
            eml.append('\n');
        }
    }

    private static void attachment(StringBuilder eml, EmailAttachment attachment) {
        String name = attachment.name().replace("\"", "");
        eml.append("Content-Type: ")
                .append(attachment.contentType())
                .append("; name=\"")
                .append(name)
                .append("\"\n");
        eml.append("Content-Disposition: attachment; filename=\"").append(name).append("\"\n");
        eml.append("Content-Transfer-Encoding: base64\n\n");
        String base64 = Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(attachment.bytes());
        eml.append(base64);
        if (!base64.isEmpty()) {
            eml.append('\n');
        }
    }

    /** A decoded header value on one line: headers end at a line break. */
    private static String oneLine(String value) {
        return String.join(" ", List.of(value.split("\\R")));
    }
}
