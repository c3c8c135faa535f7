package org.vigil.content.awareness.gophish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.DefaultAddressParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.content.awareness.AwarenessLibrary;
import org.vigil.content.awareness.AwarenessReader;
import org.vigil.content.awareness.EmailMessage;
import org.vigil.content.awareness.EmailTemplate;
import org.vigil.content.awareness.LandingPage;
import org.vigil.content.awareness.Language;
import org.vigil.content.awareness.ShippedAwareness;

/**
 * An awareness team imports Vigil's emails and landing pages into GoPhish through its API: the JSON
 * must have GoPhish's field names, keep its template variables, and read back unchanged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // reads the library once for all tests
class GoPhishExportTest {

    /** The client-settable fields of GoPhish's models/template.go and models/page.go, in their json tags. */
    private static final List<String> TEMPLATE_FIELDS =
            List.of("name", "envelope_sender", "subject", "text", "html", "attachments");

    private static final List<String> PAGE_FIELDS =
            List.of("name", "html", "capture_credentials", "capture_passwords", "redirect_url");

    private final ObjectMapper mapper = new ObjectMapper();
    private final GoPhishExport export = new GoPhishExport(mapper);
    private final AwarenessLibrary library = new ShippedAwareness(new AwarenessReader()).load();

    private EmailTemplate phishing() {
        return library.email("parcel-redelivery-fee").orElseThrow();
    }

    @Test
    void anEmailTemplateCarriesTheEmlsSubjectBodiesAndSenderWithGoPhishVariablesKept() {
        EmailMessage german = phishing().message(Language.DE);

        GoPhishTemplate template = export.template(phishing(), Language.DE);

        assertThat(template.name())
                .isEqualTo("Vigil: Gebühr für eine erneute Paketzustellung [parcel-redelivery-fee/de]");
        assertThat(template.subject())
                .isEqualTo("Handlungsbedarf: Ihr Paket wird zurückgehalten")
                .isEqualTo(german.subject());
        assertThat(template.text()).isEqualTo(german.text().orElseThrow()).contains("{{.URL}}");
        assertThat(template.html())
                .isEqualTo(german.html().orElseThrow())
                .contains("href=\"{{.URL}}\"", "{{.Tracker}}");
        assertThat(template.attachments()).isEmpty();
    }

    @Test
    void aSenderOutsideAsciiIsEncodedSoGoPhishCanParseItAndDecodesToTheSameMailbox() throws Exception {
        GoPhishTemplate greek = export.template(phishing(), Language.EL);

        assertThat(greek.envelopeSender()).startsWith("=?UTF-8?").endsWith(" <service@tachydema-paradosi.example>");
        Mailbox mailbox = DefaultAddressParser.DEFAULT.parseMailbox(greek.envelopeSender());
        assertThat(mailbox.getName()).isEqualTo("ΤαχυΔέμα Παραδόσεις");
        assertThat(mailbox.getAddress()).isEqualTo("service@tachydema-paradosi.example");
    }

    @Test
    void templateJsonHasExactlyGoPhishsFieldNamesAndReadsBackEqual() throws Exception {
        for (Language language : Language.values()) {
            for (GoPhishTemplate template : export.templates(library, language)) {
                String json = export.json(template);

                assertThat(fieldNames(mapper.readTree(json))).containsExactlyElementsOf(TEMPLATE_FIELDS);
                assertThat(mapper.readValue(json, GoPhishTemplate.class)).isEqualTo(template);
            }
        }
    }

    @Test
    void pageJsonHasExactlyGoPhishsFieldNamesAndReadsBackEqual() throws Exception {
        for (Language language : Language.values()) {
            for (GoPhishPage page : export.pages(library, language)) {
                String json = export.json(page);

                assertThat(fieldNames(mapper.readTree(json))).containsExactlyElementsOf(PAGE_FIELDS);
                assertThat(mapper.readValue(json, GoPhishPage.class)).isEqualTo(page);
            }
        }
    }

    @Test
    void aLandingPageNeverCapturesPasswordsAndRedirectsToItsLanguagesLesson() {
        LandingPage page = library.landingPage("parcel-fee-payment").orElseThrow();

        GoPhishPage polish = export.page(page, Language.PL);

        assertThat(polish.capturePasswords()).isFalse();
        assertThat(polish.captureCredentials()).isEqualTo(page.captureCredentials());
        assertThat(polish.redirectUrl()).isEqualTo("https://learn.vigil.example/pl/caught/parcel-fee-payment");
        assertThat(polish.html()).contains("<html lang=\"pl\">", "Zapłać 7,99 zł");
    }

    @Test
    void writesOneRequestBodyPerItemAndLanguage(@TempDir Path folder) throws Exception {
        List<Path> written = export.writeTo(folder, library);

        int items = library.emails().size() + library.landingPages().size();
        assertThat(written).hasSize(items * Language.values().length);
        assertThat(folder.resolve("templates/parcel-delivery-notice.ro.json")).isRegularFile();
        assertThat(mapper.readValue(
                        Files.readString(folder.resolve("pages/parcel-fee-payment.fr.json")), GoPhishPage.class))
                .isEqualTo(export.page(library.landingPage("parcel-fee-payment").orElseThrow(), Language.FR));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
