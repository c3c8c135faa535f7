package org.vigil.visual.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.IncidentSummary;
import org.vigil.i18n.BundledFonts;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;
import org.vigil.visual.task.ImmediateBackground;
import org.vigil.visual.text.UiText;

/** Exporting reports from a workspace the retail pilot was replayed into, without a toolkit. */
class ReportsViewModelTest {

    private static final MessageCatalog CATALOG = new MessageCatalog();

    @TempDir
    static Path workspaceDir;

    @TempDir
    Path out;

    private static RetailPilotWorkspace pilot;
    private static String incidentId;
    private UiText text;
    private ReportsViewModel model;

    @BeforeAll
    static void replayTheRetailPilot() throws Exception {
        pilot = new RetailPilotWorkspace(workspaceDir);
        incidentId = pilot.workspace.incidents().list(100).stream()
                .filter(i -> !i.assetIds().isEmpty())
                .map(IncidentSummary::id)
                .findFirst()
                .orElseThrow();
    }

    @AfterAll
    static void close() throws Exception {
        pilot.close();
    }

    @BeforeEach
    void aModelInEnglish() {
        text = new UiText(CATALOG.messages(Language.EN));
        model = new ReportsViewModel(
                pilot.sources, new BundledFonts(), text, new ImmediateBackground(), ZoneOffset.UTC);
    }

    @Test
    void anIncidentReportIsWrittenAsPdfAndTheOutcomeSaysWhere() throws Exception {
        // given
        Path target = out.resolve("incident.pdf");

        // when
        model.exportIncident(
                incidentId,
                ReportFormat.PDF,
                target,
                List.of(TestPictures.chart("Graph around the incident", 800, 600)));

        // then
        assertThat(model.outcomeProperty().get())
                .isEqualTo(new ReportsViewModel.Written(List.of(target.toAbsolutePath())));
        PdfText read = PdfText.of(Files.readAllBytes(target));
        assertThat(read.all()).contains("Incident report").contains(incidentId);
        // the caller's picture and the chart of the services its cascade reaches
        assertThat(read.images()).isEqualTo(2);
        assertThat(model.message().get()).isEqualTo("Report saved: " + target.toAbsolutePath());
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void theOutcomeFollowsALanguageSwitch() {
        // given
        model.exportIncident(incidentId, ReportFormat.PDF, out.resolve("incident.pdf"), List.of());

        // when
        text.use(CATALOG.messages(Language.DE));

        // then
        assertThat(model.message().get()).startsWith("Bericht gespeichert: ");
    }

    @Test
    void anIncidentAsCsvIsItsEventsAndItsImpactedAssetsInTwoFiles() throws Exception {
        // given
        Path target = out.resolve("incident.csv");

        // when
        model.exportIncident(incidentId, ReportFormat.CSV, target, List.of());

        // then
        Path events = out.resolve("incident-events.csv").toAbsolutePath();
        Path impacts = out.resolve("incident-impacted-assets.csv").toAbsolutePath();
        assertThat(model.outcomeProperty().get()).isEqualTo(new ReportsViewModel.Written(List.of(events, impacts)));
        List<List<String>> rows = Rfc4180Reader.read(csv(events));
        assertThat(rows.get(0)).startsWith("Incident", "Event ID", "Event time");
        int eventCount = pilot.workspace
                .incidents()
                .find(incidentId)
                .orElseThrow()
                .eventIds()
                .size();
        assertThat(rows).hasSize(1 + eventCount);
        assertThat(rows.subList(1, rows.size()))
                .allSatisfy(r -> assertThat(r.get(0)).isEqualTo(incidentId));
        assertThat(Rfc4180Reader.read(csv(impacts)).get(0)).contains("Asset", "Onset", "Impact");
        assertThat(model.message().get()).isEqualTo("2 files saved in " + out.toAbsolutePath());
    }

    @Test
    void aSituationReportOfTheRetailPilotListsItsIncidentsAndImpactedServices() throws Exception {
        // given
        Path target = out.resolve("situation.pdf");
        pilot.live.recompute();

        // when
        model.exportSituation("retail-ecommerce", ReportFormat.PDF, target, List.of());

        // then
        assertThat(model.outcomeProperty().get()).isInstanceOf(ReportsViewModel.Written.class);
        String all = PdfText.of(Files.readAllBytes(target)).all();
        assertThat(all)
                .contains("Situation report")
                .contains("Impacted business services")
                .contains("Online checkout")
                .contains("Most critical assets")
                .contains("Events stored");
        for (IncidentSummary incident : pilot.workspace.incidents().list(100)) {
            assertThat(all).contains(incident.id());
        }
    }

    @Test
    void aSituationReportOfTheRetailPilotHoldsTheGraphPictureAndAChartOfItsServicesImpact() throws Exception {
        // given the window's picture of the graph, and the live cascade caught up
        Path target = out.resolve("situation.pdf");
        pilot.live.recompute();
        ReportPicture graph = TestPictures.chart("Interdependency graph", 800, 600);

        // when
        model.exportSituation("retail-ecommerce", ReportFormat.PDF, target, List.of(graph));

        // then
        assertThat(model.outcomeProperty().get()).isInstanceOf(ReportsViewModel.Written.class);
        PdfText read = PdfText.of(Files.readAllBytes(target));
        assertThat(read.images()).isEqualTo(2);
        assertThat(read.all())
                .contains("Interdependency graph")
                .contains("Impact over time of the business services the cascade reaches, the most impacted first");
    }

    @Test
    void aReadOnlyFolderLeavesNoFileAndPublishesAFailure() throws Exception {
        // given a folder nobody may write to
        Path locked = Files.createDirectory(out.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        assumeFalse(Files.isWritable(locked), "runs as a user whom permissions do not stop");

        // when
        model.exportIncident(incidentId, ReportFormat.PDF, locked.resolve("incident.pdf"), List.of());

        // then
        assertThat(model.outcomeProperty().get())
                .isEqualTo(new ReportsViewModel.Failed(
                        "report.export.denied",
                        List.of(locked.resolve("incident.pdf").toAbsolutePath().toString())));
        assertThat(model.message().get()).startsWith("The report could not be saved: you may not write to ");
        try (Stream<Path> files = Files.list(locked)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aWriteThatFailsOnceTheReportIsWrittenLeavesNoPartialFileAndPublishesAFailure() throws Exception {
        // given the target's name is taken by a folder that is not empty, so only the last step fails
        Path target = Files.createDirectory(out.resolve("incident.pdf"));
        Files.writeString(target.resolve("keep.txt"), "keep");

        // when
        model.exportIncident(incidentId, ReportFormat.PDF, target, List.of());

        // then
        assertThat(model.outcomeProperty().get())
                .isEqualTo(new ReportsViewModel.Failed(
                        "report.export.isFolder",
                        List.of(target.toAbsolutePath().toString())));
        assertThat(model.message().get())
                .isEqualTo("The report could not be saved: " + target.toAbsolutePath() + " is a folder.");
        assertThat(leftovers()).isEmpty();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(target);
        }
        assertThat(Files.readString(target.resolve("keep.txt"))).isEqualTo("keep");
    }

    @Test
    void anIncidentThatIsGoneOrAPictureThatIsNoPngIsRefusedWithAReason() {
        // when
        model.exportIncident("no-such-incident", ReportFormat.PDF, out.resolve("x.pdf"), List.of());

        // then
        assertThat(model.message().get())
                .isEqualTo("The report could not be made: incident no-such-incident no longer exists.");
        assertThat(Files.exists(out.resolve("x.pdf"))).isFalse();

        // when
        model.exportIncident(
                incidentId,
                ReportFormat.PDF,
                out.resolve("x.pdf"),
                List.of(new ReportPicture("Graph", "GIF89a".getBytes(StandardCharsets.US_ASCII))));

        // then
        assertThat(model.message().get())
                .isEqualTo("The report could not be made: the picture \"Graph\" is not a PNG image.");
        assertThat(Files.exists(out.resolve("x.pdf"))).isFalse();
    }

    private List<Path> leftovers() throws Exception {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part"))
                    .toList();
        }
    }

    private static String csv(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
}
