package org.vigil.content.awareness;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.BinaryBody;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.DefaultAddressParser;
import org.apache.james.mime4j.field.address.ParseException;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Reads one language of an email from a {@code .eml} file with Apache James mime4j in strict mode.
 * Headers may hold UTF-8 directly (RFC 6532) or encoded words (RFC 2047); text parts must declare
 * UTF-8 or be plain ASCII; attachments may only be plain text or raster images, so nothing shipped
 * can run on a reader's machine.
 */
final class EmlReader {

    private static final Pattern HEADER_LINE = Pattern.compile("^[!-9;-~]+:.*");
    private static final Set<String> ATTACHMENT_TYPES = Set.of("text/plain", "image/png", "image/jpeg", "image/gif");

    private final String file;
    private final Problems problems;

    EmlReader(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    Optional<EmailMessage> read(byte[] bytes) {
        Optional<String> raw = utf8(bytes);
        if (raw.isEmpty()) {
            problems.add(file, 0, "", "not valid UTF-8: save the file as UTF-8");
            return Optional.empty();
        }
        if (!headerBlockIsWellFormed(raw.get())) {
            return Optional.empty();
        }
        Message message;
        try {
            DefaultMessageBuilder builder = new DefaultMessageBuilder();
            builder.setMimeEntityConfig(MimeConfig.STRICT);
            builder.setDecodeMonitor(DecodeMonitor.STRICT);
            // Hand-written files end lines with LF; MIME (and mime4j's strict decoders) want CRLF.
            byte[] crlf = raw.get().replaceAll("\r?\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            message = builder.parseMessage(new ByteArrayInputStream(crlf));
        } catch (IOException e) {
            problems.add(file, 0, "", "cannot be parsed as MIME: " + e.getMessage());
            return Optional.empty();
        }
        try {
            return build(message, raw.get());
        } finally {
            message.dispose();
        }
    }

    private Optional<EmailMessage> build(Message message, String raw) {
        List<EmailHeader> headers = new ArrayList<>();
        for (Field field : message.getHeader().getFields()) {
            headers.add(new EmailHeader(field.getName(), decode(field.getBody())));
        }
        Optional<String> from = value(headers, "From").filter(value -> {
            if (isMailbox(value)) {
                return true;
            }
            problems.add(
                    file,
                    lineOf(raw, "From:"),
                    "header From",
                    "\"" + value + "\" is not one address such as \"Name\" <name@domain.example>");
            return false;
        });
        Optional<String> subject = value(headers, "Subject");
        if (value(headers, "From").isEmpty()) {
            problems.add(file, 1, "header From", "missing: every email needs a From header");
        }
        if (subject.isEmpty()) {
            problems.add(file, 1, "header Subject", "missing: every email needs a non-empty Subject header");
        }
        Parts parts = new Parts();
        collect(message, parts, raw);
        if (parts.valid && parts.text == null && parts.html == null) {
            problems.add(file, 0, "", "has no text/plain or text/html part");
        }
        if (from.isEmpty() || subject.isEmpty() || !parts.valid || (parts.text == null && parts.html == null)) {
            return Optional.empty();
        }
        return Optional.of(new EmailMessage(
                headers,
                from.get(),
                subject.get(),
                Optional.ofNullable(parts.text),
                Optional.ofNullable(parts.html),
                parts.attachments));
    }

    private static final class Parts {
        String text;
        String html;
        final List<EmailAttachment> attachments = new ArrayList<>();
        boolean valid = true;
    }

    private void collect(Entity entity, Parts parts, String raw) {
        Body body = entity.getBody();
        String type = entity.getMimeType().toLowerCase(Locale.ROOT);
        if (body instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                collect(part, parts, raw);
            }
        } else if (body instanceof Message) {
            problems.add(file, 0, "part " + type, "attached messages are not allowed");
            parts.valid = false;
        } else if (entity.getFilename() != null || "attachment".equalsIgnoreCase(entity.getDispositionType())) {
            attachment(entity, type, parts, raw);
        } else if (type.equals("text/plain") && parts.text == null) {
            parts.text = text(entity, type, raw).orElse(null);
            parts.valid &= parts.text != null;
        } else if (type.equals("text/html") && parts.html == null) {
            parts.html = text(entity, type, raw).orElse(null);
            parts.valid &= parts.html != null;
        } else {
            problems.add(
                    file,
                    lineOf(raw, type),
                    "part " + type,
                    "not allowed: an email has one text/plain and/or one text/html part, and attachments");
            parts.valid = false;
        }
    }

    private Optional<String> text(Entity entity, String type, String raw) {
        String charset =
                entity.getCharset() == null ? "us-ascii" : entity.getCharset().toLowerCase(Locale.ROOT);
        if (!charset.equals("utf-8") && !charset.equals("us-ascii")) {
            problems.add(
                    file,
                    lineOf(raw, type),
                    "part " + type,
                    "charset " + charset + " is not allowed: declare charset=UTF-8");
            return Optional.empty();
        }
        Optional<String> decoded = bytesOf((SingleBody) entity.getBody())
                .flatMap(bytes ->
                        strict(bytes, charset.equals("utf-8") ? StandardCharsets.UTF_8 : StandardCharsets.US_ASCII))
                .map(text -> text.replace("\r\n", "\n"));
        if (decoded.isEmpty()) {
            problems.add(
                    file,
                    lineOf(raw, type),
                    "part " + type,
                    "is not valid " + charset.toUpperCase(Locale.ROOT)
                            + (charset.equals("us-ascii") ? ": declare charset=UTF-8 in its Content-Type" : ""));
        }
        return decoded;
    }

    private void attachment(Entity entity, String type, Parts parts, String raw) {
        String name = entity.getFilename();
        if (name == null || name.isBlank()) {
            problems.add(file, lineOf(raw, type), "part " + type, "an attachment needs a file name");
            parts.valid = false;
            return;
        }
        if (!ATTACHMENT_TYPES.contains(type)) {
            problems.add(
                    file,
                    lineOf(raw, name),
                    "attachment " + name,
                    "type " + type
                            + " is not allowed: attachments may only be "
                            + String.join(
                                    ", ", ATTACHMENT_TYPES.stream().sorted().toList())
                            + ", so that nothing shipped can run");
            parts.valid = false;
            return;
        }
        Optional<byte[]> bytes = bytesOf((SingleBody) entity.getBody());
        bytes.ifPresent(b -> parts.attachments.add(
                new EmailAttachment(name, type, Base64.getEncoder().encodeToString(b))));
        parts.valid &= bytes.isPresent();
    }

    private Optional<byte[]> bytesOf(SingleBody body) {
        try (InputStream in =
                body instanceof TextBody text ? text.getInputStream() : ((BinaryBody) body).getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return Optional.of(out.toByteArray());
        } catch (IOException | RuntimeException e) {
            problems.add(file, 0, "", "a part cannot be decoded: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Headers as written by hand: every line is {@code Name: value} or a continuation, then a blank line. */
    private boolean headerBlockIsWellFormed(String raw) {
        String[] lines = raw.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                return true;
            }
            boolean continuation = i > 0 && (line.startsWith(" ") || line.startsWith("\t"));
            if (!continuation && !HEADER_LINE.matcher(line).matches()) {
                problems.add(
                        file,
                        i + 1,
                        "",
                        "header line \"" + line + "\" is not \"Name: value\"; a blank line must end the headers");
                return false;
            }
        }
        problems.add(file, lines.length, "", "no blank line between the headers and the body");
        return false;
    }

    private static String decode(String body) {
        String unfolded = body.replaceAll("\r?\n[ \t]+", " ");
        return DecoderUtil.decodeEncodedWords(unfolded, DecodeMonitor.SILENT).trim();
    }

    private static Optional<String> value(List<EmailHeader> headers, String name) {
        return headers.stream()
                .filter(h -> h.name().equalsIgnoreCase(name))
                .map(EmailHeader::value)
                .filter(v -> !v.isBlank())
                .findFirst();
    }

    private static boolean isMailbox(String value) {
        try {
            Mailbox mailbox = DefaultAddressParser.DEFAULT.parseMailbox(value);
            return mailbox.getAddress().contains("@")
                    && mailbox.getDomain() != null
                    && !mailbox.getDomain().isBlank();
        } catch (ParseException | RuntimeException e) {
            return false;
        }
    }

    private static Optional<String> utf8(byte[] bytes) {
        return strict(bytes, StandardCharsets.UTF_8);
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The line where {@code needle} first occurs in the raw file, or 0. */
    private static int lineOf(String raw, String needle) {
        int at = raw.toLowerCase(Locale.ROOT).indexOf(needle.toLowerCase(Locale.ROOT));
        return at < 0 ? 0 : TextMatch.lineAt(raw, at);
    }
}
