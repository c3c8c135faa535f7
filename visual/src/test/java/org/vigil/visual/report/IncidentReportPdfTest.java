package org.vigil.visual.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.model.IncidentSummary;
import org.vigil.i18n.BundledFonts;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;
import org.vigil.i18n.Messages;

/** Incident reports as PDF, from incidents the retail pilot's replayed timeline raises, read back as a reader's tool reads them. */
class IncidentReportPdfTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Lisbon");
    private static final MessageCatalog CATALOG = new MessageCatalog();

    @TempDir
    static Path dir;

    private static RetailPilotWorkspace pilot;
    private static IncidentReport report;

    private final IncidentReportPdf pdf = new IncidentReportPdf(new BundledFonts());

    @BeforeAll
    static void replayTheRetailPilot() throws Exception {
        pilot = new RetailPilotWorkspace(dir);
        // the incident with the most assets, so the asset list has something to show
        IncidentSummary chosen = pilot.workspace.incidents().list(1_000).stream()
                .max(Comparator.comparingInt((IncidentSummary i) -> i.assetIds().size())
                        .thenComparingInt(IncidentSummary::eventCount))
                .orElseThrow();
        report = pilot.sources.incident(chosen.id(), "en").orElseThrow();
    }

    @AfterAll
    static void close() throws Exception {
        pilot.close();
    }

    @Test
    void theReportOfAReplayedIncidentCarriesItsTitleEveryAssetNameEveryEventTimeAndPageNumbers() throws Exception {
        // given
        Messages english = CATALOG.messages(Language.EN);
        assertThat(report.incident().summary().assetIds()).isNotEmpty();
        assertThat(report.events()).isNotEmpty();

        // when
        PdfText read = PdfText.of(pdf.write(report, List.of(), english, ZONE));

        // then
        String all = read.all();
        assertThat(all).contains(PdfText.flat(report.title())).contains("Incident report");
        for (String asset : report.incident().summary().assetIds()) {
            String name = report.assetName(asset);
            assertThat(name).as("named from the scenario, not by id").isNotEqualTo(asset);
            assertThat(all).contains(PdfText.flat(name));
        }
        ReportText text = new ReportText(english, ZONE);
        for (ReportEvent event : report.events()) {
            // each row of the events table: its event time, then its received time, each on one line
            assertThat(all)
                    .contains(
                            PdfText.flat(text.cellTime(event.eventTime()) + " " + text.cellTime(event.receivedTime())));
        }
        int pages = read.pages().size();
        assertThat(read.page(1)).contains("Page 1 of " + pages);
        assertThat(read.page(pages)).contains("Page " + pages + " of " + pages);
        assertThat(read.title()).isEqualTo("Incident report: " + report.title());
    }

    @Test
    void aLongEventsTableRunsOverFurtherPagesWithItsHeaderOnEach() throws Exception {
        // given the incident with three hundred events, each with a long summary
        ReportEvent first = report.events().get(0);
        List<ReportEvent> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add(new ReportEvent(
                    "e" + i,
                    first.eventTime().plusSeconds(i),
                    first.receivedTime().plusSeconds(i),
                    first.source(),
                    Optional.of(EventCategory.WEB),
                    EventSeverity.HIGH,
                    "Request " + i + " to /checkout/pay carried a card-skimming script injected into the page by"
                            + " the compromised plugin"));
        }
        IncidentReport longOne = new IncidentReport(
                report.generatedAt(),
                report.incident(),
                report.title(),
                report.assetNames(),
                report.techniqueNames(),
                many,
                many.size(),
                report.created(),
                report.cascade());

        // when
        PdfText read = PdfText.of(pdf.write(longOne, List.of(), CATALOG.messages(Language.EN), ZONE));

        // then every page that lists events starts the table with its header
        List<Integer> pagesWithEvents = new ArrayList<>();
        for (int n = 1; n <= read.pages().size(); n++) {
            if (read.page(n).contains("/checkout/pay")) {
                pagesWithEvents.add(n);
            }
        }
        assertThat(pagesWithEvents).hasSizeGreaterThan(3);
        for (int n : pagesWithEvents) {
            assertThat(read.page(n)).as("page %d", n).contains("Event time Received Source Category Severity Summary");
        }
        assertThat(read.all()).contains("Request 0 to").contains("Request 299 to");
        ReportText text = new ReportText(CATALOG.messages(Language.EN), ZONE);
        assertThat(read.page(pagesWithEvents.get(pagesWithEvents.size() - 1)))
                .contains(PdfText.flat(text.cellTime(many.get(299).eventTime())));
    }

    @Test
    void germanAndGreekReportsCarryTheirTranslatedHeadingsAsText() throws Exception {
        // given
        Messages german = CATALOG.messages(Language.DE);
        Messages greek = CATALOG.messages(Language.EL);
        IncidentReport inGreek =
                pilot.sources.incident(report.incident().id(), "el").orElseThrow();

        // when
        String de = PdfText.of(pdf.write(report, List.of(), german, ZONE)).all();
        String el = PdfText.of(pdf.write(inGreek, List.of(), greek, ZONE)).all();

        // then
        for (String key : List.of(
                "report.incident.heading",
                "report.section.events",
                "report.section.trail",
                "report.column.eventTime")) {
            assertThat(german.text(key))
                    .isNotEqualTo(CATALOG.messages(Language.EN).text(key));
            assertThat(de).contains(german.text(key));
            assertThat(el).contains(greek.text(key));
        }
        assertThat(el).containsPattern("[\\u0370-\\u03FF]{4,}").contains("Σελίδα 1");
        assertThat(de).contains("Seite 1 von");
    }

    @Test
    void aPictureIsPlacedAsAnImageWithItsCaption() throws Exception {
        // given a wide chart, wider than the page
        ReportPicture chart = TestPictures.chart("Impact over time, retail pilot", 1600, 500);

        // when
        PdfText read = PdfText.of(pdf.write(report, List.of(chart), CATALOG.messages(Language.EN), ZONE));

        // then the caller's picture, and the chart of the business services the incident's cascade reaches
        assertThat(report.cascade().curves()).isNotEmpty();
        assertThat(read.images()).isEqualTo(2);
        assertThat(read.all())
                .contains("Impact over time, retail pilot")
                .contains(CATALOG.messages(Language.EN).text("report.chart.caption"));
    }

    @Test
    void theGenerationTimeIsInTheHeaderOfEveryPage() throws Exception {
        // given
        Messages english = CATALOG.messages(Language.EN);
        String generated = PdfText.flat(new ReportText(english, ZONE).timeWithZone(report.generatedAt()));

        // when
        PdfText read = PdfText.of(pdf.write(report, List.of(), english, ZONE));

        // then
        for (int n = 1; n <= read.pages().size(); n++) {
            assertThat(read.page(n)).contains("Generated " + generated);
        }
        assertThat(report.generatedAt()).isEqualTo(Instant.parse("2026-01-05T09:00:00Z"));
    }
}
