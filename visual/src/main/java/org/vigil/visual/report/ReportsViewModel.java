package org.vigil.visual.report;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.vigil.i18n.BundledFonts;
import org.vigil.i18n.Messages;
import org.vigil.visual.task.Background;
import org.vigil.visual.text.UiText;

/**
 * Exporting reports: an incident's report or the situation of a scenario (or the whole workspace),
 * as a PDF or as CSV tables. The data is read and the files written off the UI thread; the files
 * appear whole or not at all, and the outcome (files written, or why not) is published in the
 * reader's language, following a language switch.
 */
public final class ReportsViewModel {

    /** How the last export ended. */
    public sealed interface Outcome permits Written, Failed {}

    /** The files written, the main one first. */
    public record Written(List<Path> files) implements Outcome {
        public Written {
            files = List.copyOf(files);
        }
    }

    /** Why nothing was written: a message key of the report bundle and its arguments. */
    public record Failed(String key, List<Object> args) implements Outcome {
        public Failed {
            Objects.requireNonNull(key, "key");
            args = List.copyOf(args);
        }
    }

    private final ReportSources sources;
    private final IncidentReportPdf incidentPdf;
    private final SituationReportPdf situationPdf;
    private final UiText text;
    private final Background background;
    private final ZoneId zone;
    private final AtomicWrites writes = new AtomicWrites();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private final StringBinding message;
    private Background.Job job;

    /** @param zone the time zone report times are shown in (the reader's: {@code ZoneId.systemDefault()}) */
    public ReportsViewModel(
            ReportSources sources, BundledFonts fonts, UiText text, Background background, ZoneId zone) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.incidentPdf = new IncidentReportPdf(fonts);
        this.situationPdf = new SituationReportPdf(fonts);
        this.text = Objects.requireNonNull(text, "text");
        this.background = Objects.requireNonNull(background, "background");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.message = text.bind(this::describe, outcome);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The last export's outcome, or null before the first and while one runs. */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The outcome in words, in the current language; empty when there is none. */
    public StringBinding message() {
        return message;
    }

    /** A file name to offer in the save dialog, e.g. {@code incident-42.pdf}. */
    public static String suggestedIncidentName(String incidentId, ReportFormat format) {
        return "incident-" + safe(incidentId) + extension(format);
    }

    /** A file name to offer for a situation report; {@code scenarioId} null for the whole workspace. */
    public static String suggestedSituationName(String scenarioId, ReportFormat format) {
        return "situation-" + (scenarioId == null ? "workspace" : safe(scenarioId)) + extension(format);
    }

    /**
     * The files an export to {@code target} writes: the PDF itself, or one CSV per table named after
     * the target ({@code report.csv} gives {@code report-events.csv} and {@code report-impacted-assets.csv}).
     */
    public static List<Path> filesFor(ReportKind kind, ReportFormat format, Path target) {
        if (format == ReportFormat.PDF) {
            return List.of(target);
        }
        String stem = target.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        Path folder = target.toAbsolutePath().getParent();
        return List.of(
                folder.resolve(stem + (kind == ReportKind.INCIDENT ? "-events.csv" : "-incidents.csv")),
                folder.resolve(stem + "-impacted-assets.csv"));
    }

    /** Writes the incident's report to {@code target}; pictures as the caller snapshotted them. */
    public void exportIncident(String incidentId, ReportFormat format, Path target, List<ReportPicture> pictures) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(target, "target");
        if (incidentId == null) {
            outcome.set(new Failed("report.export.noIncident", List.of()));
            return;
        }
        Messages messages = text.messages();
        start(pictures, () -> {
            IncidentReport report = sources.incident(
                            incidentId, messages.language().tag())
                    .orElseThrow(() -> new MissingIncident(incidentId));
            List<Path> files = filesFor(ReportKind.INCIDENT, format, target);
            Map<Path, byte[]> contents = new LinkedHashMap<>();
            if (format == ReportFormat.PDF) {
                contents.put(files.get(0), incidentPdf.write(report, pictures, messages, zone));
            } else {
                ReportCsv csv = new ReportCsv(messages);
                contents.put(files.get(0), csv.events(report).toBytes());
                contents.put(files.get(1), csv.impactedAssets(report.cascade()).toBytes());
            }
            return writes.write(contents);
        });
    }

    /** Writes the situation of a scenario, or of the whole workspace when {@code scenarioId} is null. */
    public void exportSituation(String scenarioId, ReportFormat format, Path target, List<ReportPicture> pictures) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(target, "target");
        Messages messages = text.messages();
        start(pictures, () -> {
            SituationReport report = sources.situation(
                    Optional.ofNullable(scenarioId),
                    messages.language().tag(),
                    messages.text("report.situation.wholeWorkspace"));
            List<Path> files = filesFor(ReportKind.SITUATION, format, target);
            Map<Path, byte[]> contents = new LinkedHashMap<>();
            if (format == ReportFormat.PDF) {
                contents.put(files.get(0), situationPdf.write(report, pictures, messages, zone));
            } else {
                ReportCsv csv = new ReportCsv(messages);
                contents.put(files.get(0), csv.incidents(report).toBytes());
                contents.put(files.get(1), csv.impactedAssets(report.cascade()).toBytes());
            }
            return writes.write(contents);
        });
    }

    /** Stops a running export; nothing of it is left behind. */
    public void cancel() {
        if (job != null && running.get()) {
            job.cancel();
            running.set(false);
        }
    }

    private void start(List<ReportPicture> pictures, Callable<List<Path>> work) {
        if (running.get()) {
            return;
        }
        for (ReportPicture picture : pictures) {
            if (!picture.looksLikePng()) {
                outcome.set(new Failed("report.export.badPicture", List.of(picture.caption())));
                return;
            }
        }
        running.set(true);
        outcome.set(null);
        job = background.submit(
                new Background.Description("report.status.writing"),
                work,
                files -> {
                    running.set(false);
                    outcome.set(new Written(files));
                },
                error -> {
                    running.set(false);
                    outcome.set(failure(error));
                });
    }

    private static Failed failure(Throwable error) {
        if (error instanceof MissingIncident missing) {
            return new Failed("report.export.unknownIncident", List.of(missing.incidentId));
        }
        if (error instanceof AccessDeniedException denied) {
            return new Failed("report.export.denied", List.of(String.valueOf(denied.getFile())));
        }
        // A folder where the file should go (a replace cannot remove it)
        if (error instanceof DirectoryNotEmptyException taken) {
            return new Failed("report.export.isFolder", List.of(String.valueOf(taken.getFile())));
        }
        if (error instanceof FileSystemException fs) {
            return new Failed(
                    "report.export.cannotWrite",
                    List.of(
                            String.valueOf(fs.getFile()),
                            fs.getReason() == null ? fs.getClass().getSimpleName() : fs.getReason()));
        }
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return new Failed("report.export.failed", List.of(reason));
    }

    private String describe() {
        Outcome now = outcome.get();
        if (now instanceof Written written) {
            Path first = written.files().get(0);
            return written.files().size() == 1
                    ? text.get("report.export.written", first.toString())
                    : text.get("report.export.writtenFiles", written.files().size(), String.valueOf(first.getParent()));
        }
        if (now instanceof Failed failed) {
            return text.get(failed.key(), failed.args().toArray());
        }
        return "";
    }

    private static String extension(ReportFormat format) {
        return "." + format.name().toLowerCase(Locale.ROOT);
    }

    /** Ids as they may appear in a file name: letters, digits, dots, dashes and underscores. */
    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** The incident asked for is gone (deleted with its workspace, or never was). */
    private static final class MissingIncident extends RuntimeException {
        private final String incidentId;

        MissingIncident(String incidentId) {
            super("no incident " + incidentId);
            this.incidentId = incidentId;
        }
    }
}
