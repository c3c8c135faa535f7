package org.vigil.content.awareness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Emails are written by hand as .eml files; a broken one must say where and why. */
class EmlReaderTest {

    private final Problems problems = new Problems();

    private Optional<EmailMessage> read(String sample) {
        return new EmlReader("x.eml", problems).read(LibraryFixture.sampleBytes(sample));
    }

    @Test
    void encodedWordsQuotedPrintableAndATextAttachmentAreDecoded() {
        Optional<EmailMessage> read = read("text-attachment.eml");
        assertThat(problems.all()).isEmpty();
        EmailMessage message = read.orElseThrow();

        assertThat(message.subject()).isEqualTo("Your invoice €");
        assertThat(message.from()).isEqualTo("\"Swiftpost\" <notifications@swiftpost.example>");
        assertThat(message.text()).hasValue("Please open the attached invoice – thank you.\n");
        assertThat(message.html()).isEmpty();
        assertThat(message.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.name()).isEqualTo("invoice.txt");
            assertThat(attachment.contentType()).isEqualTo("text/plain");
            assertThat(new String(attachment.bytes(), StandardCharsets.UTF_8))
                    .isEqualTo("This attachment is part of a training exercise.");
        });
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void aMissingSubjectIsReported() {
        assertThat(read("missing-subject.eml")).isEmpty();
        assertThat(problems.all())
                .containsExactly(new ContentProblem(
                        "x.eml", 1, "header Subject", "missing: every email needs a non-empty Subject header"));
    }

    @Test
    void aFromThatIsNotAnAddressIsReported() {
        assertThat(read("bad-from.eml")).isEmpty();
        assertThat(problems.all())
                .containsExactly(new ContentProblem(
                        "x.eml",
                        1,
                        "header From",
                        "\"Swiftpost notifications\" is not one address such as \"Name\" <name@domain.example>"));
    }

    @Test
    void textWithoutADeclaredCharsetMustBeAscii() {
        assertThat(read("no-charset.eml")).isEmpty();
        assertThat(problems.all())
                .containsExactly(new ContentProblem(
                        "x.eml",
                        3,
                        "part text/plain",
                        "is not valid US-ASCII: declare charset=UTF-8 in its Content-Type"));
    }

    @Test
    void rawUtf8HeadersAreRead() {
        String eml =
                "From: \"ΤαχυΔέμα\" <info@tachydema.example>\nSubject: Το δέμα σας\nContent-Type: text/plain; charset=UTF-8\n\nΓεια σας.\n";

        EmailMessage message = new EmlReader("el.eml", problems)
                .read(eml.getBytes(StandardCharsets.UTF_8))
                .orElseThrow();

        assertThat(message.subject()).isEqualTo("Το δέμα σας");
        assertThat(message.header("from")).hasValue("\"ΤαχυΔέμα\" <info@tachydema.example>");
    }
}
