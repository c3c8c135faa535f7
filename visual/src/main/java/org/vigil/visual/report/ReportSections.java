package org.vigil.visual.report;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

/** The parts incident and situation reports share: the cascade's tables, the pictures, the page furniture. */
final class ReportSections {

    private ReportSections() {}

    /** The assets a cascade hits, highest impact first. */
    static void impactedAssets(PdfReportLayout layout, ReportText text, CascadeDigest cascade) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (ImpactedAsset asset : cascade.assets()) {
            rows.add(List.of(
                    asset.name(),
                    text.layer(asset.layer()),
                    text.cellTime(asset.onset()),
                    text.percent(asset.likelihood()),
                    text.percent(asset.impact())));
        }
        layout.table(new PdfTable(
                List.of(
                        text.get("report.column.asset"),
                        text.get("report.column.layer"),
                        text.get("report.column.onset"),
                        text.get("report.column.likelihood"),
                        text.get("report.column.impact")),
                List.of(34f, 12f, 22f, 16f, 16f),
                rows));
    }

    /** The services a cascade hits, with their impact and when their continuity targets run out. */
    static void services(PdfReportLayout layout, ReportText text, CascadeDigest cascade) throws IOException {
        if (cascade.services().isEmpty()) {
            layout.paragraph(text.get("report.cascade.noServices"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (ServiceBreach service : cascade.services()) {
            double impact = cascade.assets().stream()
                    .filter(a -> a.scenarioId().equals(service.scenarioId())
                            && a.assetId().equals(service.assetId()))
                    .mapToDouble(ImpactedAsset::impact)
                    .findFirst()
                    .orElse(0);
            rows.add(List.of(
                    service.name(),
                    text.percent(impact),
                    text.cellTime(service.onset()),
                    breach(text, service.rtoBreach()),
                    breach(text, service.mtpdBreach())));
        }
        layout.table(new PdfTable(
                List.of(
                        text.get("report.column.service"),
                        text.get("report.column.impact"),
                        text.get("report.column.onset"),
                        text.get("report.column.rtoBreach"),
                        text.get("report.column.mtpdBreach")),
                List.of(30f, 10f, 20f, 20f, 20f),
                rows));
    }

    private static String breach(ReportText text, Optional<Instant> at) {
        return at.map(text::cellTime).orElseGet(() -> text.get("report.cascade.notBreached"));
    }

    /** The caller's pictures, then the chart of the cascade's business services when it reaches any. */
    static void pictures(
            PdfReportLayout layout,
            ReportText text,
            List<ReportPicture> pictures,
            CascadeDigest cascade,
            ImpactChartPicture chart)
            throws IOException {
        List<ReportPicture> all = new ArrayList<>(pictures);
        chart.picture(cascade, text).ifPresent(all::add);
        if (all.isEmpty()) {
            return;
        }
        layout.heading(text.get("report.section.pictures"));
        for (ReportPicture picture : all) {
            layout.picture(picture);
        }
    }

    /** Header, page numbers and metadata, then the bytes. */
    static byte[] finish(PdfReportLayout layout, ReportText text, String documentTitle, Instant generatedAt)
            throws IOException {
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone(text.zone()));
        created.setTimeInMillis(generatedAt.toEpochMilli());
        return layout.finish(
                documentTitle,
                text.get("report.header.generated", text.timeWithZone(generatedAt)),
                created,
                text.messages().language().tag(),
                (n, m) -> text.get("report.page", n, m));
    }
}
