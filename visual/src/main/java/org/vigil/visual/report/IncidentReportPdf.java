package org.vigil.visual.report;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.model.IncidentChange;
import org.vigil.core.model.IncidentNote;
import org.vigil.core.model.IncidentSummary;
import org.vigil.i18n.BundledFonts;
import org.vigil.i18n.Messages;

/**
 * An incident report as PDF, in the reader's language: what happened and how bad, where, which
 * techniques, the entities named, every event (the table runs over as many pages as it needs), the
 * analysts' notes and the audit trail, the cascade the incident drives, the caller's pictures and,
 * when the cascade reaches a business service, a chart of their impact over time.
 */
public final class IncidentReportPdf {

    private final BundledFonts fonts;
    private final ImpactChartPicture chart;

    public IncidentReportPdf(BundledFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.chart = new ImpactChartPicture(fonts);
    }

    /** The report's bytes; times in {@code zone}. */
    public byte[] write(IncidentReport report, List<ReportPicture> pictures, Messages messages, ZoneId zone)
            throws IOException {
        ReportText text = new ReportText(messages, zone);
        IncidentSummary incident = report.incident().summary();
        try (PdfReportLayout layout = new PdfReportLayout(fonts)) {
            layout.small(text.get("report.incident.heading"));
            layout.title(report.title());
            layout.field(text.get("report.field.generated"), text.timeWithZone(report.generatedAt()));
            layout.field(text.get("report.field.incident"), incident.id());
            layout.field(text.get("report.column.severity"), text.severity(incident.severity()));
            layout.field(text.get("report.column.state"), text.state(incident.state()));
            layout.field(
                    text.get("report.field.rule"), incident.ruleId().isEmpty() ? incident.title() : incident.ruleId());
            layout.field(text.get("report.field.firstEvent"), text.time(incident.firstEventTime()));
            layout.field(text.get("report.field.lastEvent"), text.time(incident.lastEventTime()));
            layout.field(text.get("report.field.created"), text.time(report.created()));
            layout.field(text.get("report.field.updated"), text.time(incident.updatedAt()));
            layout.field(text.get("report.column.events"), text.get("report.events.count", report.eventCount()));
            for (Map.Entry<String, String> group : report.incident().group().entrySet()) {
                layout.field(text.get("report.field.groupedBy", group.getKey()), group.getValue());
            }

            assets(layout, text, report);
            techniques(layout, text, report);
            entities(layout, text, report);
            events(layout, text, report);
            notes(layout, text, report.incident().notes());
            trail(layout, text, report.incident().changes());
            cascade(layout, text, report.cascade());
            ReportSections.pictures(layout, text, pictures, report.cascade(), chart);
            return ReportSections.finish(
                    layout, text, text.get("report.incident.documentTitle", report.title()), report.generatedAt());
        }
    }

    private static void assets(PdfReportLayout layout, ReportText text, IncidentReport report) throws IOException {
        layout.heading(text.get("report.section.assets"));
        List<String> ids = report.incident().summary().assetIds();
        if (ids.isEmpty()) {
            layout.paragraph(text.get("report.none"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (String id : ids) {
            rows.add(List.of(report.assetName(id), id));
        }
        layout.table(new PdfTable(
                List.of(text.get("report.column.asset"), text.get("report.column.id")), List.of(55f, 45f), rows));
    }

    private static void techniques(PdfReportLayout layout, ReportText text, IncidentReport report) throws IOException {
        layout.heading(text.get("report.section.techniques"));
        List<String> techniques = report.incident().summary().techniques();
        if (techniques.isEmpty()) {
            layout.paragraph(text.get("report.none"));
            return;
        }
        for (String technique : techniques) {
            String name = report.techniqueNames().get(technique);
            layout.paragraph(name == null ? technique : technique + " \u2013 " + name);
        }
    }

    private static void entities(PdfReportLayout layout, ReportText text, IncidentReport report) throws IOException {
        layout.heading(text.get("report.section.entities"));
        Map<EntityType, List<String>> byType = new EnumMap<>(EntityType.class);
        for (Entity entity : report.incident().entities()) {
            byType.computeIfAbsent(entity.type(), t -> new ArrayList<>()).add(entity.value());
        }
        if (byType.isEmpty()) {
            layout.paragraph(text.get("report.none"));
            return;
        }
        for (Map.Entry<EntityType, List<String>> entry : byType.entrySet()) {
            layout.field(text.entityType(entry.getKey()), String.join(", ", entry.getValue()));
        }
    }

    private static void events(PdfReportLayout layout, ReportText text, IncidentReport report) throws IOException {
        layout.heading(text.get("report.section.events"));
        if (report.events().size() < report.eventCount()) {
            layout.paragraph(text.get("report.events.truncated", report.events().size(), report.eventCount()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (ReportEvent event : report.events()) {
            rows.add(List.of(
                    text.cellTime(event.eventTime()),
                    text.cellTime(event.receivedTime()),
                    event.source(),
                    text.category(event.category()),
                    text.severity(event.severity()),
                    event.summary()));
        }
        layout.table(new PdfTable(
                List.of(
                        text.get("report.column.eventTime"),
                        text.get("report.column.received"),
                        text.get("report.column.source"),
                        text.get("report.column.category"),
                        text.get("report.column.severity"),
                        text.get("report.column.summary")),
                List.of(16.5f, 16.5f, 12f, 10f, 9f, 36f),
                rows));
    }

    private static void notes(PdfReportLayout layout, ReportText text, List<IncidentNote> notes) throws IOException {
        layout.heading(text.get("report.section.notes"));
        if (notes.isEmpty()) {
            layout.paragraph(text.get("report.none"));
            return;
        }
        for (IncidentNote note : notes) {
            layout.small(text.get("report.note.by", note.author(), text.time(note.writtenAt())));
            layout.paragraph(note.text());
            layout.gap(4);
        }
    }

    private static void trail(PdfReportLayout layout, ReportText text, List<IncidentChange> changes)
            throws IOException {
        layout.heading(text.get("report.section.trail"));
        List<List<String>> rows = new ArrayList<>();
        for (IncidentChange change : changes) {
            rows.add(List.of(text.cellTime(change.changedAt()), change.author(), text.change(change)));
        }
        layout.table(new PdfTable(
                List.of(
                        text.get("report.column.time"),
                        text.get("report.column.author"),
                        text.get("report.column.change")),
                List.of(25f, 25f, 50f),
                rows));
    }

    private static void cascade(PdfReportLayout layout, ReportText text, CascadeDigest cascade) throws IOException {
        layout.heading(text.get("report.section.cascade"));
        if (cascade.isEmpty()) {
            layout.paragraph(text.get("report.cascade.none"));
            return;
        }
        layout.paragraph(text.get(
                "report.cascade.summary",
                cascade.assets().size(),
                cascade.services().size()));
        ReportSections.impactedAssets(layout, text, cascade);
        layout.heading(text.get("report.section.continuity"));
        ReportSections.services(layout, text, cascade);
    }
}
