package org.vigil.visual.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.model.IncidentSummary;
import org.vigil.i18n.Messages;

/**
 * A report's tables as CSV: column headers in the reader's language, values raw so that scripts and
 * spreadsheets can work with them (ISO-8601 UTC times, ids, value names as the workspace stores
 * them, shares as decimals from 0 to 1 with a point).
 */
final class ReportCsv {

    private final Messages messages;

    ReportCsv(Messages messages) {
        this.messages = messages;
    }

    CsvTable incidents(SituationReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (SituationReport.Line line : report.incidents()) {
            IncidentSummary incident = line.incident();
            rows.add(List.of(
                    incident.id(),
                    incident.ruleId(),
                    line.title(),
                    incident.severity().name(),
                    incident.state().name(),
                    time(incident.firstEventTime()),
                    time(incident.lastEventTime()),
                    time(incident.updatedAt()),
                    Integer.toString(incident.eventCount()),
                    String.join(" ", incident.assetIds()),
                    String.join(" ", incident.techniques())));
        }
        return new CsvTable(
                headers(
                        "id",
                        "rule",
                        "incident",
                        "severity",
                        "state",
                        "firstEvent",
                        "lastEvent",
                        "updated",
                        "events",
                        "assets",
                        "techniques"),
                rows);
    }

    CsvTable events(IncidentReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (ReportEvent event : report.events()) {
            rows.add(List.of(
                    report.incident().id(),
                    event.eventId(),
                    time(event.eventTime()),
                    time(event.receivedTime()),
                    event.source(),
                    event.category().map(EventCategory::name).orElse(""),
                    event.severity().name(),
                    event.summary()));
        }
        return new CsvTable(
                headers("incident", "eventId", "eventTime", "received", "source", "category", "severity", "summary"),
                rows);
    }

    CsvTable impactedAssets(CascadeDigest cascade) {
        List<List<String>> rows = new ArrayList<>();
        for (ImpactedAsset asset : cascade.assets()) {
            Optional<ServiceBreach> service = cascade.services().stream()
                    .filter(s -> s.scenarioId().equals(asset.scenarioId())
                            && s.assetId().equals(asset.assetId()))
                    .findFirst();
            rows.add(List.of(
                    asset.scenarioId(),
                    asset.assetId(),
                    asset.name(),
                    asset.layer().name(),
                    time(asset.onset()),
                    share(asset.likelihood()),
                    share(asset.impact()),
                    service.flatMap(ServiceBreach::rtoBreach)
                            .map(ReportCsv::time)
                            .orElse(""),
                    service.flatMap(ServiceBreach::mtpdBreach)
                            .map(ReportCsv::time)
                            .orElse("")));
        }
        return new CsvTable(
                headers("scenario", "id", "asset", "layer", "onset", "likelihood", "impact", "rtoBreach", "mtpdBreach"),
                rows);
    }

    private List<String> headers(String... columns) {
        List<String> headers = new ArrayList<>();
        for (String column : columns) {
            headers.add(messages.text("report.column." + column));
        }
        return headers;
    }

    private static String time(Instant instant) {
        return instant.toString();
    }

    private static String share(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
