package org.vigil.content.awareness.gophish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.codec.EncoderUtil;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.DefaultAddressParser;
import org.apache.james.mime4j.field.address.ParseException;
import org.vigil.content.awareness.AwarenessLibrary;
import org.vigil.content.awareness.EmailMessage;
import org.vigil.content.awareness.EmailTemplate;
import org.vigil.content.awareness.LandingPage;
import org.vigil.content.awareness.Language;

/**
 * Turns the library's emails and landing pages into the JSON GoPhish's API imports, one object per
 * item and language, with GoPhish's template variables kept as written.
 */
public final class GoPhishExport {

    private final ObjectMapper mapper;

    public GoPhishExport(ObjectMapper mapper) {
        this.mapper = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public GoPhishTemplate template(EmailTemplate email, Language language) {
        EmailMessage message = email.message(language);
        return new GoPhishTemplate(
                name(email.title().in(language), email.id(), language),
                sender(message.from()),
                message.subject(),
                message.text().orElse(""),
                message.html().orElse(""),
                message.attachments().stream()
                        .map(a -> new GoPhishAttachment(a.base64(), a.contentType(), a.name()))
                        .toList());
    }

    /**
     * Passwords are never captured: GoPhish would store them in clear text, and an awareness
     * campaign only needs to know that a form was submitted.
     */
    public GoPhishPage page(LandingPage page, Language language) {
        return new GoPhishPage(
                name(page.title().in(language), page.id(), language),
                page.html().get(language),
                page.captureCredentials(),
                false,
                page.redirectUrl().map(url -> url.in(language)).orElse(""));
    }

    public List<GoPhishTemplate> templates(AwarenessLibrary library, Language language) {
        return library.emails().stream().map(e -> template(e, language)).toList();
    }

    public List<GoPhishPage> pages(AwarenessLibrary library, Language language) {
        return library.landingPages().stream().map(p -> page(p, language)).toList();
    }

    public String json(Object templateOrPage) {
        try {
            return mapper.writeValueAsString(templateOrPage);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write GoPhish JSON", e);
        }
    }

    /**
     * Writes {@code templates/<id>.<lang>.json} and {@code pages/<id>.<lang>.json} below {@code
     * folder}, each a request body for GoPhish's API; returns the files written.
     */
    public List<Path> writeTo(Path folder, AwarenessLibrary library) {
        List<Path> written = new ArrayList<>();
        for (Language language : Language.values()) {
            for (EmailTemplate email : library.emails()) {
                written.add(write(
                        folder.resolve("templates").resolve(email.id() + "." + language.tag() + ".json"),
                        template(email, language)));
            }
            for (LandingPage page : library.landingPages()) {
                written.add(write(
                        folder.resolve("pages").resolve(page.id() + "." + language.tag() + ".json"),
                        page(page, language)));
            }
        }
        return written;
    }

    private Path write(Path file, Object value) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, json(value) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** GoPhish names must be unique: the title says what it is, the id and language make it unique. */
    static String name(String title, String id, Language language) {
        return "Vigil: " + title + " [" + id + "/" + language.tag() + "]";
    }

    /**
     * The From header as GoPhish parses it (Go's net/mail): a display name outside ASCII is written
     * as an RFC 2047 encoded word, which every version of that parser reads.
     */
    static String sender(String from) {
        try {
            Mailbox mailbox = DefaultAddressParser.DEFAULT.parseMailbox(from);
            String address = mailbox.getAddress();
            return mailbox.getName() == null
                    ? address
                    : EncoderUtil.encodeAddressDisplayName(mailbox.getName()) + " <" + address + ">";
        } catch (ParseException e) {
            throw new IllegalArgumentException("not an address: " + from, e);
        }
    }
}
