package org.vigil.visual.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Layer;
import org.vigil.core.model.Scenario;
import org.vigil.i18n.BundledFonts;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;

/** The report's impact chart of the replayed retail pilot's cascade, decoded back into pixels. */
class ImpactChartPictureTest {

    private static final MessageCatalog CATALOG = new MessageCatalog();
    private static final int[] OKABE_ITO = {0x0072B2, 0xD55E00, 0x009E73, 0xE69F00, 0xCC79A7, 0x56B4E9, 0x000000};

    @TempDir
    static Path dir;

    private static RetailPilotWorkspace pilot;
    private static CascadeDigest cascade;

    private final ImpactChartPicture chart = new ImpactChartPicture(new BundledFonts());

    @BeforeAll
    static void replayTheRetailPilot() throws Exception {
        pilot = new RetailPilotWorkspace(dir);
        pilot.live.recompute();
        cascade = pilot.sources
                .situation(Optional.of("retail-ecommerce"), "en", "workspace")
                .cascade();
    }

    @AfterAll
    static void close() throws Exception {
        pilot.close();
    }

    @Test
    void theChartDecodesAtItsSizeWithAColouredLinePerServiceInThePlotArea() throws Exception {
        // given the business services the retail pilot's live cascade reaches
        List<ServiceImpactCurve> curves = cascade.curves();
        assertThat(curves).isNotEmpty();
        int lines = Math.min(ImpactChartPicture.MAX_LINES, curves.size());

        // when
        byte[] png = chart.png(curves, english());

        // then
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Dimension size = ImpactChartPicture.size(curves.size());
        assertThat(image.getWidth()).isEqualTo(size.width);
        assertThat(image.getHeight()).isEqualTo(size.height);
        Rectangle plot = ImpactChartPicture.plotArea();
        assertThat(new Rectangle(size).contains(plot)).isTrue();
        int drawn = 0;
        Set<Integer> palette = new HashSet<>();
        for (int y = plot.y; y < plot.y + plot.height; y++) {
            for (int x = plot.x; x < plot.x + plot.width; x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (rgb != 0xFFFFFF) {
                    drawn++;
                }
                int colour = rgb;
                if (IntStream.of(OKABE_ITO).anyMatch(c -> c == colour)) {
                    palette.add(colour);
                }
            }
        }
        assertThat(drawn).isGreaterThan(plot.width * 2);
        assertThat(palette).hasSize(Math.min(lines, OKABE_ITO.length));
    }

    @Test
    void theServicesAreChartedMostImpactedFirstEachLineStyledApartWithoutColour() {
        // given
        List<ServiceImpactCurve> curves = cascade.curves();

        // when
        List<Double> peaks = curves.stream().map(ServiceImpactCurve::peak).toList();
        List<ImpactLineStyle> styles = IntStream.range(0, ImpactChartPicture.MAX_LINES)
                .mapToObj(ImpactLineStyle::of)
                .toList();

        // then
        assertThat(peaks).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(curves)
                .allSatisfy(c -> assertThat(pilot.retail.asset(c.assetId()))
                        .map(Asset::layer)
                        .contains(Layer.BUSINESS));
        assertThat(styles.stream().map(s -> toList(s.dashes())).distinct()).hasSize(ImpactChartPicture.MAX_LINES);
        assertThat(styles.stream().map(ImpactLineStyle::marker).distinct()).hasSize(ImpactChartPicture.MAX_LINES);
    }

    @Test
    void aScenarioWhoseCascadeReachesNoBusinessServiceGetsNoChart(@TempDir Path own) throws Exception {
        // given the retail pilot replayed, then its business layer taken out of the stored scenario
        try (RetailPilotWorkspace cut = new RetailPilotWorkspace(own)) {
            cut.workspace.scenarios().save(withoutBusinessLayer(cut.retail), RetailPilotWorkspace.CLOCK.instant());
            cut.live.recompute();
            SituationReport report = cut.sources.situation(Optional.of("retail-ecommerce"), "en", "workspace");
            ReportPicture graph = TestPictures.chart("Interdependency graph", 800, 600);

            // when
            byte[] pdf = new SituationReportPdf(new BundledFonts())
                    .write(report, List.of(graph), CATALOG.messages(Language.EN), ZoneOffset.UTC);

            // then
            assertThat(report.cascade().assets()).isNotEmpty();
            assertThat(report.cascade().curves()).isEmpty();
            assertThat(chart.picture(report.cascade(), english())).isEmpty();
            PdfText read = PdfText.of(pdf);
            assertThat(read.images()).isEqualTo(1);
            assertThat(read.all())
                    .contains("Interdependency graph")
                    .doesNotContain(CATALOG.messages(Language.EN).text("report.chart.caption"));
        }
    }

    private static ReportText english() {
        return new ReportText(CATALOG.messages(Language.EN), ZoneOffset.UTC);
    }

    private static Scenario withoutBusinessLayer(Scenario scenario) {
        Set<String> business = new HashSet<>();
        scenario.assets().stream().filter(a -> a.layer() == Layer.BUSINESS).forEach(a -> business.add(a.id()));
        return new Scenario(
                scenario.id(),
                scenario.name(),
                scenario.description(),
                scenario.organisations(),
                scenario.monitors(),
                scenario.assets().stream()
                        .filter(a -> !business.contains(a.id()))
                        .toList(),
                scenario.dependencies().stream()
                        .filter(d -> !business.contains(d.fromId()) && !business.contains(d.toId()))
                        .toList(),
                scenario.timeline(),
                scenario.texts());
    }

    private static List<Float> toList(float[] values) {
        return IntStream.range(0, values.length).mapToObj(i -> values[i]).toList();
    }
}
