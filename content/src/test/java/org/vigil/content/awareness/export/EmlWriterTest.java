package org.vigil.content.awareness.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.content.awareness.AwarenessLibrary;
import org.vigil.content.awareness.AwarenessReadResult;
import org.vigil.content.awareness.AwarenessReader;
import org.vigil.content.awareness.ContentSource;
import org.vigil.content.awareness.EmailMessage;
import org.vigil.content.awareness.EmailTemplate;
import org.vigil.content.awareness.Language;
import org.vigil.content.awareness.ShippedAwareness;

/**
 * A trainer exports emails as .eml files to open them in a mail client or import them into GoPhish:
 * Vigil's own reader, the strict one that checks the library, must read each back to the same message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // reads the library once for all tests
class EmlWriterTest {

    private final AwarenessLibrary library = new ShippedAwareness(new AwarenessReader()).load();
    private final EmlWriter writer = new EmlWriter();

    @Test
    void everyShippedEmailInEveryLanguageReadsBackAsTheSameMessage(@TempDir Path dir) throws Exception {
        // given every email written out as a library folder of its own: item.json and nine exported .eml files
        ContentSource shipped = ContentSource.shipped();
        List<String> ids = library.emails().stream().map(EmailTemplate::id).toList();
        Files.createDirectories(dir.resolve("emails"));
        Files.writeString(dir.resolve("emails/index.txt"), String.join("\n", ids) + "\n");
        for (EmailTemplate email : library.emails()) {
            Path folder = Files.createDirectories(dir.resolve("emails").resolve(email.id()));
            Files.write(
                    folder.resolve("item.json"),
                    shipped.read("emails/" + email.id() + "/item.json").orElseThrow());
            for (Language language : Language.values()) {
                Files.writeString(
                        folder.resolve(language.tag() + ".eml"),
                        writer.write(email.message(language)),
                        StandardCharsets.UTF_8);
            }
        }

        // when the library's reader reads that folder
        AwarenessReadResult reread = new AwarenessReader().read(ContentSource.directory(dir));

        // then no .eml has a problem (the references to pages and look-alikes left behind are all it misses)
        assertThat(reread.problems()).noneMatch(p -> p.file().endsWith(".eml"));
        for (EmailTemplate email : library.emails()) {
            EmailTemplate back = reread.library().email(email.id()).orElseThrow();
            for (Language language : Language.values()) {
                EmailMessage original = email.message(language);
                EmailMessage read = back.message(language);
                assertThat(read.from()).as(email.id() + " " + language).isEqualTo(original.from());
                assertThat(read.subject()).isEqualTo(original.subject());
                assertThat(read.text()).isEqualTo(original.text());
                assertThat(read.html()).isEqualTo(original.html());
                assertThat(read.attachments()).isEqualTo(original.attachments());
                assertThat(read.header("To")).isEqualTo(original.header("To"));
                assertThat(read.header("Reply-To")).isEqualTo(original.header("Reply-To"));
            }
        }
    }

    @Test
    void templateVariablesAreKeptForGoPhish() {
        // given
        EmailTemplate phishing = library.email("parcel-redelivery-fee").orElseThrow();

        // when
        String eml = writer.write(phishing.message(Language.DE));

        // then
        assertThat(eml)
                .startsWith("From: ")
                .contains("To: {{.Email}}\n", "href=\"{{.URL}}\"", "Content-Type: multipart/alternative")
                .contains("Subject: Handlungsbedarf: Ihr Paket wird zurückgehalten\n");
    }
}
