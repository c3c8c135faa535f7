package org.vigil.content.awareness.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.content.awareness.AttackTemplate;
import org.vigil.content.awareness.AwarenessLibrary;
import org.vigil.content.awareness.AwarenessReader;
import org.vigil.content.awareness.Language;
import org.vigil.content.awareness.ShippedAwareness;
import org.vigil.content.awareness.gophish.GoPhishExport;
import org.vigil.i18n.BundledFonts;

/**
 * A trainer exports a few items for a session into a folder of their choice: they find one new,
 * dated folder with exactly the files asked for, or, if anything goes wrong, nothing at all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // reads the library once for all tests
class SelectionExportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:30:00Z"), ZoneOffset.UTC);

    private final AwarenessLibrary library = new ShippedAwareness(new AwarenessReader()).load();
    private final BundledFonts fonts = new BundledFonts();
    private final HandoutFonts noto = new HandoutFonts(
            () -> fonts.open(fonts.files().get(0)),
            () -> fonts.open(fonts.files().get(1)));

    private SelectionExport export(HandoutFonts handoutFonts) {
        return new SelectionExport(
                new GoPhishExport(new ObjectMapper()),
                new EmlWriter(),
                new HtmlExport(),
                new PdfHandout(handoutFonts),
                CLOCK);
    }

    private ExportSelection sessionSelection() {
        List<AttackTemplate> templates = new ArrayList<>();
        templates.add(library.email("parcel-redelivery-fee").orElseThrow());
        templates.add(library.landingPage("parcel-fee-payment").orElseThrow());
        templates.add(library.post("parcel-giveaway").orElseThrow());
        return new ExportSelection(templates, List.of(library.lessons().get(0)));
    }

    @Test
    void aSelectionBecomesOneDatedFolderWithEveryRequestedFile(@TempDir Path chosen) throws Exception {
        // given
        List<int[]> progress = new ArrayList<>();
        Set<Language> languages = EnumSet.of(Language.EN, Language.EL);

        // when
        ExportResult result = export(noto)
                .write(
                        sessionSelection(),
                        languages,
                        EnumSet.allOf(ExportFormat.class),
                        language -> new EnglishLabels(),
                        chosen,
                        (done, total) -> progress.add(new int[] {done, total}));

        // then
        assertThat(result.folder()).isEqualTo(chosen.resolve("vigil-content-20261127-093000"));
        try (Stream<Path> entries = Files.list(chosen)) {
            assertThat(entries.toList()).containsExactly(result.folder());
        }
        List<String> names = result.files().stream()
                .map(f -> result.folder().relativize(f).toString())
                .toList();
        assertThat(names)
                .containsExactlyInAnyOrder(
                        "gophish/templates/parcel-redelivery-fee.en.json",
                        "gophish/pages/parcel-fee-payment.en.json",
                        "eml/parcel-redelivery-fee.en.eml",
                        "html/emails/parcel-redelivery-fee.en.html",
                        "html/pages/parcel-fee-payment.en.html",
                        "html/posts/parcel-giveaway.en.html",
                        "html/lessons/sme-parcel-and-payment-lures.en.html",
                        "handout.en.pdf",
                        "gophish/templates/parcel-redelivery-fee.el.json",
                        "gophish/pages/parcel-fee-payment.el.json",
                        "eml/parcel-redelivery-fee.el.eml",
                        "html/emails/parcel-redelivery-fee.el.html",
                        "html/pages/parcel-fee-payment.el.html",
                        "html/posts/parcel-giveaway.el.html",
                        "html/lessons/sme-parcel-and-payment-lures.el.html",
                        "handout.el.pdf");
        assertThat(result.files()).allSatisfy(f -> assertThat(Files.size(f)).isPositive());
        assertThat(progress).hasSize(16);
        assertThat(progress.get(15)).containsExactly(16, 16);
        assertThat(export(noto).count(sessionSelection(), languages, EnumSet.allOf(ExportFormat.class)))
                .isEqualTo(16);
    }

    @Test
    void theGoPhishJsonReadsBackWithJackson(@TempDir Path chosen) throws Exception {
        // when
        ExportResult result = export(noto)
                .write(
                        sessionSelection(),
                        EnumSet.of(Language.DE),
                        EnumSet.of(ExportFormat.GOPHISH_JSON),
                        language -> new EnglishLabels(),
                        chosen,
                        ExportProgress.NONE);

        // then
        JsonNode template = new ObjectMapper()
                .readTree(result.folder()
                        .resolve("gophish/templates/parcel-redelivery-fee.de.json")
                        .toFile());
        assertThat(template.get("subject").asText()).isEqualTo("Handlungsbedarf: Ihr Paket wird zurückgehalten");
        assertThat(template.get("html").asText()).contains("{{.URL}}");
        assertThat(result.files()).hasSize(2);
    }

    @Test
    void theGreekHandoutExplainsTheRedFlagsInGreekAsExtractableText(@TempDir Path chosen) throws Exception {
        // when
        ExportResult result = export(noto)
                .write(
                        sessionSelection(),
                        EnumSet.of(Language.EL),
                        EnumSet.of(ExportFormat.PDF_HANDOUT),
                        language -> new EnglishLabels(),
                        chosen,
                        ExportProgress.NONE);

        // then
        String text;
        try (PDDocument pdf =
                Loader.loadPDF(result.folder().resolve("handout.el.pdf").toFile())) {
            text = new PDFTextStripper().getText(pdf);
        }
        String explanation = library.email("parcel-redelivery-fee")
                .orElseThrow()
                .redFlags()
                .get(0)
                .explanation()
                .in(Language.EL);
        assertThat(text.replaceAll("\\s+", " ")).contains(explanation.substring(0, 40));
        assertThat(text).contains("eleni.papadopoulou@example.com").contains("1. domain spoofing");
    }

    @Test
    void aFailingFileLeavesTheChosenFolderAsItWas(@TempDir Path chosen) throws Exception {
        // given a handout whose font cannot be read
        HandoutFonts broken = new HandoutFonts(
                () -> {
                    throw new java.io.UncheckedIOException(new IOException("font gone"));
                },
                () -> InputStream.nullInputStream());

        // when / then
        assertThatThrownBy(() -> export(broken)
                        .write(
                                sessionSelection(),
                                EnumSet.of(Language.EN),
                                EnumSet.allOf(ExportFormat.class),
                                language -> new EnglishLabels(),
                                chosen,
                                ExportProgress.NONE))
                .hasMessageContaining("font gone");
        try (Stream<Path> entries = Files.list(chosen)) {
            assertThat(entries.toList()).isEmpty();
        }
    }

    @Test
    void aCancelledExportLeavesNothingEither(@TempDir Path chosen) throws Exception {
        // given an export cancelled after its first file
        ExportProgress cancelAfterFirst =
                (done, total) -> Thread.currentThread().interrupt();

        // when / then
        try {
            assertThatThrownBy(() -> export(noto)
                            .write(
                                    sessionSelection(),
                                    EnumSet.of(Language.EN),
                                    EnumSet.allOf(ExportFormat.class),
                                    language -> new EnglishLabels(),
                                    chosen,
                                    cancelAfterFirst))
                    .isInstanceOf(InterruptedIOException.class);
        } finally {
            Thread.interrupted();
        }
        try (Stream<Path> entries = Files.list(chosen)) {
            assertThat(entries.toList()).isEmpty();
        }
    }
}
