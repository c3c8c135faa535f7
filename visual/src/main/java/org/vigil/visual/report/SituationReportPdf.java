package org.vigil.visual.report;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.model.IncidentState;
import org.vigil.core.model.IncidentSummary;
import org.vigil.i18n.BundledFonts;
import org.vigil.i18n.Messages;

/**
 * A situation report as PDF, in the reader's language: the open incidents counted by severity and
 * state, the incidents, the business services their cascade hits with impact and breach times, the
 * most critical assets, the feeds' counts, and the caller's pictures (the graph) and,
 * when the cascade reaches a business service, a chart of their impact over time.
 */
public final class SituationReportPdf {

    private static final List<IncidentState> OPEN_STATES =
            List.of(IncidentState.NEW, IncidentState.ACKNOWLEDGED, IncidentState.CONTAINED);

    private final BundledFonts fonts;
    private final ImpactChartPicture chart;

    public SituationReportPdf(BundledFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.chart = new ImpactChartPicture(fonts);
    }

    /** The report's bytes; times in {@code zone}. */
    public byte[] write(SituationReport report, List<ReportPicture> pictures, Messages messages, ZoneId zone)
            throws IOException {
        ReportText text = new ReportText(messages, zone);
        try (PdfReportLayout layout = new PdfReportLayout(fonts)) {
            layout.title(text.get("report.situation.heading"));
            layout.field(text.get("report.field.generated"), text.timeWithZone(report.generatedAt()));
            layout.field(text.get("report.field.scope"), report.scopeName());

            counts(layout, text, report);
            incidents(layout, text, report);
            layout.heading(text.get("report.section.services"));
            ReportSections.services(layout, text, report.cascade());
            critical(layout, text, report);
            feeds(layout, text, report.feeds());
            ReportSections.pictures(layout, text, pictures, report.cascade(), chart);
            return ReportSections.finish(
                    layout, text, text.get("report.situation.documentTitle", report.scopeName()), report.generatedAt());
        }
    }

    private static void counts(PdfReportLayout layout, ReportText text, SituationReport report) throws IOException {
        layout.heading(text.get("report.section.openIncidents"));
        layout.paragraph(text.get("report.situation.openCount", report.openCount()));
        Map<EventSeverity, Map<IncidentState, Integer>> counts = report.openCounts();
        if (counts.isEmpty()) {
            return;
        }
        List<String> headers = new ArrayList<>();
        headers.add(text.get("report.column.severity"));
        OPEN_STATES.forEach(state -> headers.add(text.state(state)));
        headers.add(text.get("report.column.total"));
        List<List<String>> rows = new ArrayList<>();
        EventSeverity[] severities = EventSeverity.values();
        for (int s = severities.length - 1; s >= 0; s--) {
            Map<IncidentState, Integer> byState = counts.get(severities[s]);
            if (byState == null) {
                continue;
            }
            List<String> row = new ArrayList<>();
            row.add(text.severity(severities[s]));
            OPEN_STATES.forEach(state -> row.add(text.decimal(byState.getOrDefault(state, 0))));
            row.add(text.decimal(
                    byState.values().stream().mapToInt(Integer::intValue).sum()));
            rows.add(row);
        }
        layout.table(new PdfTable(headers, List.of(28f, 18f, 18f, 18f, 18f), rows));
    }

    private static void incidents(PdfReportLayout layout, ReportText text, SituationReport report) throws IOException {
        layout.heading(text.get("report.section.incidents"));
        if (report.incidents().isEmpty()) {
            layout.paragraph(text.get("report.none"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (SituationReport.Line line : report.incidents()) {
            IncidentSummary incident = line.incident();
            rows.add(List.of(
                    text.severity(incident.severity()),
                    text.state(incident.state()),
                    line.title(),
                    incident.id(),
                    text.decimal(incident.eventCount()),
                    text.cellTime(incident.lastEventTime())));
        }
        layout.table(new PdfTable(
                List.of(
                        text.get("report.column.severity"),
                        text.get("report.column.state"),
                        text.get("report.column.incident"),
                        text.get("report.column.id"),
                        text.get("report.column.events"),
                        text.get("report.column.lastEvent")),
                List.of(10f, 12f, 33f, 16f, 8f, 21f),
                rows));
    }

    private static void critical(PdfReportLayout layout, ReportText text, SituationReport report) throws IOException {
        layout.heading(text.get("report.section.critical"));
        layout.small(text.get("report.critical.explained"));
        if (report.criticalAssets().isEmpty()) {
            layout.paragraph(text.get("report.none"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (SituationReport.CriticalAsset asset : report.criticalAssets()) {
            rows.add(List.of(
                    asset.name(),
                    text.decimal(asset.criticality()),
                    text.decimal(asset.expectedImpact()),
                    text.decimal(asset.assetsHit())));
        }
        layout.table(new PdfTable(
                List.of(
                        text.get("report.column.asset"),
                        text.get("report.column.criticality"),
                        text.get("report.column.expectedImpact"),
                        text.get("report.column.assetsHit")),
                List.of(40f, 20f, 20f, 20f),
                rows));
    }

    private static void feeds(PdfReportLayout layout, ReportText text, SituationReport.FeedCounts feeds)
            throws IOException {
        layout.heading(text.get("report.section.feeds"));
        layout.field(text.get("report.feeds.stored"), text.decimal(feeds.stored()));
        layout.field(text.get("report.feeds.quarantined"), text.decimal(feeds.quarantined()));
        layout.field(text.get("report.feeds.unmapped"), text.decimal(feeds.unmapped()));
        layout.small(text.get("report.feeds.scope"));
    }
}
