package org.vigil.visual.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.content.awareness.AwarenessReadResult;
import org.vigil.content.awareness.AwarenessReader;
import org.vigil.content.awareness.ContentSource;
import org.vigil.content.awareness.Cue;
import org.vigil.content.awareness.EmailMessage;
import org.vigil.content.awareness.EmailTemplate;
import org.vigil.content.awareness.Language;
import org.vigil.content.awareness.RedFlag;
import org.vigil.content.awareness.export.ExportFormat;
import org.vigil.content.awareness.export.ExportResult;

/**
 * A trainer selects items in the catalogue and exports them for a Greek session: GoPhish JSON,
 * .eml files and a handout that each read back as what they claim to be.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // reads the library once for all tests
class ExportViewModelTest {

    private final ContentFixture fixture = new ContentFixture();

    private ContentViewModel greekSelection(String... ids) {
        ContentViewModel model = fixture.loaded();
        model.languageProperty().set(Language.EL);
        List<CatalogueItem> chosen = new ArrayList<>();
        for (String id : ids) {
            chosen.add(ContentViewModelTest.item(model, id));
        }
        model.export().select(chosen);
        return model;
    }

    @Test
    void theFileCountFollowsTheSelectionFormatsAndLanguages() {
        // given an email and a post in Greek
        ExportViewModel export =
                greekSelection("parcel-redelivery-fee", "parcel-giveaway").export();

        // then: JSON and .eml for the email, HTML for both, one handout
        assertThat(export.fileCountProperty().get()).isEqualTo(5);

        // when only the handout, in all nine languages
        export.formatProperty(ExportFormat.GOPHISH_JSON).set(false);
        export.formatProperty(ExportFormat.EML).set(false);
        export.formatProperty(ExportFormat.HTML).set(false);
        export.allLanguagesProperty().set(true);

        // then
        assertThat(export.fileCountProperty().get()).isEqualTo(9);
    }

    @Test
    void anExportedSelectionReadsBackAsGoPhishJsonEmlAndAGreekHandout(@TempDir Path chosen) throws Exception {
        // given
        ContentViewModel model = greekSelection("parcel-redelivery-fee", "parcel-fee-payment");
        ExportViewModel export = model.export();
        List<ExportViewModel.Progress> progress = new ArrayList<>();
        export.progressProperty().addListener((obs, old, now) -> progress.add(now));

        // when
        export.export(chosen);

        // then the result is one new folder, the progress reached the end, nothing failed
        assertThat(export.failureProperty().get()).isNull();
        assertThat(export.runningProperty().get()).isFalse();
        ExportResult result = export.resultProperty().get();
        try (Stream<Path> entries = Files.list(chosen)) {
            assertThat(entries.toList()).containsExactly(result.folder());
        }
        assertThat(progress).last().isEqualTo(new ExportViewModel.Progress(6, 6));

        // the GoPhish template and page parse with Jackson and keep GoPhish's variables
        ObjectMapper mapper = new ObjectMapper();
        JsonNode template = mapper.readTree(result.folder()
                .resolve("gophish/templates/parcel-redelivery-fee.el.json")
                .toFile());
        EmailTemplate email = fixture.library().email("parcel-redelivery-fee").orElseThrow();
        assertThat(template.get("subject").asText())
                .isEqualTo(email.message(Language.EL).subject());
        assertThat(template.get("html").asText()).contains("{{.URL}}");
        JsonNode page = mapper.readTree(result.folder()
                .resolve("gophish/pages/parcel-fee-payment.el.json")
                .toFile());
        assertThat(page.get("capture_passwords").asBoolean()).isFalse();

        // the .eml is read back by the library's own reader as the same message
        EmailMessage reread = reread(email, result.folder().resolve("eml/parcel-redelivery-fee.el.eml"), chosen);
        assertThat(reread.subject()).isEqualTo(email.message(Language.EL).subject());
        assertThat(reread.html()).isEqualTo(email.message(Language.EL).html());
        assertThat(reread.from()).isEqualTo(email.message(Language.EL).from());

        // and the handout's text, extracted, explains every red flag in Greek, under Greek cue names
        String handout;
        try (PDDocument pdf =
                Loader.loadPDF(result.folder().resolve("handout.el.pdf").toFile())) {
            handout = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        var greek = fixture.catalog.messages(org.vigil.i18n.Language.EL);
        assertThat(handout).contains(greek.text("content.handout.heading"));
        assertThat(handout).contains(greek.text("content.markers.RED_FLAG"));
        for (RedFlag flag : email.redFlags()) {
            assertThat(handout).contains(greek.text("content.cue." + flag.cue().name()));
            String explanation = flag.explanation().in(Language.EL).replaceAll("\\s+", " ");
            assertThat(handout).contains(explanation.substring(0, Math.min(60, explanation.length())));
        }
        assertThat(greek.text("content.cue." + Cue.DOMAIN_SPOOFING.name())).doesNotStartWith("[");
    }

    @Test
    void aFailedExportSaysWhyAndWritesNothing(@TempDir Path dir) throws Exception {
        // given a "folder" that is a file
        Path notAFolder = Files.writeString(dir.resolve("taken"), "x");
        ExportViewModel export = greekSelection("parcel-redelivery-fee").export();

        // when
        export.export(notAFolder);

        // then
        assertThat(export.failureProperty().get()).isNotBlank();
        assertThat(export.resultProperty().get()).isNull();
        assertThat(export.runningProperty().get()).isFalse();
        try (Stream<Path> entries = Files.list(dir)) {
            assertThat(entries.toList()).containsExactly(notAFolder);
        }
    }

    /** Reads an exported .eml the way the library reads its own: as one language of an email item. */
    private EmailMessage reread(EmailTemplate email, Path eml, Path scratch) throws Exception {
        Path library = scratch.resolve("reread");
        Path folder = Files.createDirectories(library.resolve("emails").resolve(email.id()));
        Files.writeString(library.resolve("emails/index.txt"), email.id() + "\n");
        Files.write(
                folder.resolve("item.json"),
                ContentSource.shipped()
                        .read("emails/" + email.id() + "/item.json")
                        .orElseThrow());
        for (Language language : Language.values()) {
            String file = language.tag() + ".eml";
            if (language == Language.EL) {
                Files.copy(eml, folder.resolve(file));
            } else {
                Files.write(
                        folder.resolve(file),
                        ContentSource.shipped()
                                .read("emails/" + email.id() + "/" + file)
                                .orElseThrow());
            }
        }
        AwarenessReadResult result = new AwarenessReader().read(ContentSource.directory(library));
        // (the other folders and the items it refers to are missing from this small library: not the .eml files)
        assertThat(result.problems()).noneMatch(p -> p.file().endsWith(".eml"));
        return result.library().email(email.id()).orElseThrow().message(Language.EL);
    }
}
