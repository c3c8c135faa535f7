package org.vigil.visual.feeds;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.ingest.AssetMapper;
import org.vigil.core.ingest.EventCorrelation;
import org.vigil.core.ingest.FileIngest;
import org.vigil.core.ingest.IngestCounts;
import org.vigil.core.ingest.TagRule;
import org.vigil.core.model.Scenario;
import org.vigil.core.store.Workspace;
import org.vigil.visual.task.Background;

/**
 * The feeds page: what the workspace holds (events, unmapped events, quarantined records, threat
 * indicators), the quarantined records with their reasons, and importing event files in the
 * background with progress, rate and cancel.
 */
public final class FeedsViewModel {

    /** What the workspace holds now. */
    public record Totals(long events, long unmapped, long quarantined, long indicators) {}

    /** How far the running import is. */
    public record Progress(double fraction, long eventsPerSecond, long secondsLeft, IngestCounts counts) {}

    static final int SHOWN_QUARANTINED = 500;

    private final Workspace workspace;
    private final Map<FeedFormat, FeedParser> parsers;
    private final Supplier<EventCorrelation> correlation;
    private final List<TagRule> tagRules;
    private final Clock clock;
    private final Background background;
    private final Executor uiThread;
    private final ReadOnlyObjectWrapper<Totals> totals = new ReadOnlyObjectWrapper<>(new Totals(0, 0, 0, 0));
    private final ObservableList<QuarantinedRecord> quarantined = FXCollections.observableArrayList();
    private final ObjectProperty<FeedFormat> format = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<Progress> progress = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<IngestCounts> lastImport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>();
    private AtomicBoolean cancelRequested = new AtomicBoolean();

    public FeedsViewModel(
            Workspace workspace,
            Map<FeedFormat, FeedParser> parsers,
            Supplier<EventCorrelation> correlation,
            List<TagRule> tagRules,
            Clock clock,
            Background background,
            Executor uiThread) {
        this.workspace = workspace;
        this.parsers = Map.copyOf(parsers);
        this.correlation = correlation;
        this.tagRules = List.copyOf(tagRules);
        this.clock = clock;
        this.background = background;
        this.uiThread = uiThread;
        format.set(formats().isEmpty() ? null : formats().get(0));
    }

    /** The formats that can be imported, in a stable order. */
    public List<FeedFormat> formats() {
        return parsers.keySet().stream().sorted().toList();
    }

    public ObjectProperty<FeedFormat> formatProperty() {
        return format;
    }

    public ReadOnlyObjectProperty<Totals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ObservableList<QuarantinedRecord> quarantined() {
        return FXCollections.unmodifiableObservableList(quarantined);
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** Share of the bytes read, 0 to 1. */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Progress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The counts of the last finished (or cancelled) import, or null. */
    public ReadOnlyObjectProperty<IngestCounts> lastImportProperty() {
        return lastImport.getReadOnlyProperty();
    }

    /** Why the last import or refresh failed, or null. */
    public ReadOnlyObjectProperty<String> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Reads the totals and the quarantine again. */
    public void refresh() {
        background.submit(
                new Background.Description("status.feeds.loading"),
                () -> new Snapshot(
                        new Totals(
                                workspace.events().eventCount(),
                                workspace.events().unmappedCount(),
                                workspace.events().quarantineCount(),
                                workspace.events().indicatorCount()),
                        workspace.events().quarantined(SHOWN_QUARANTINED)),
                snapshot -> {
                    totals.set(snapshot.totals());
                    quarantined.setAll(snapshot.quarantined());
                },
                error -> failure.set(describe(error)));
    }

    private record Snapshot(Totals totals, List<QuarantinedRecord> quarantined) {}

    /** Imports files or folders in the chosen format; one import at a time. */
    public void importFiles(List<Path> paths) {
        FeedFormat chosen = format.get();
        if (importing.get() || chosen == null || paths.isEmpty()) {
            return;
        }
        FeedParser parser = parsers.get(chosen);
        AtomicBoolean cancel = new AtomicBoolean();
        cancelRequested = cancel;
        importing.set(true);
        failure.set(null);
        fraction.set(0);
        long started = System.nanoTime();
        background.submit(
                new Background.Description("status.feeds.importing", chosen.cliName()),
                () -> {
                    List<Scenario> scenarios = workspace.scenarios().all();
                    // Each import is judged on its own: its event times need not follow the live feeds'.
                    FileIngest ingest = new FileIngest(
                            workspace.events(),
                            new AssetMapper(scenarios, tagRules),
                            correlation.get(),
                            clock,
                            FileIngest.DEFAULT_BATCH);
                    return ingest.ingest(
                            parser,
                            FileIngest.expand(paths),
                            (done, total, counts) -> report(started, done, total, counts),
                            cancel::get);
                },
                counts -> {
                    importing.set(false);
                    lastImport.set(counts);
                    refresh();
                },
                error -> {
                    importing.set(false);
                    failure.set(describe(error));
                    refresh();
                });
    }

    /** Stops the running import after the batch in hand; what was read stays stored. */
    public void cancel() {
        cancelRequested.set(true);
    }

    private void report(long started, long done, long total, IngestCounts counts) {
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
        double share = total == 0 ? 1 : (double) done / total;
        long rate = Math.round(counts.read() / seconds);
        long left = share <= 0 ? 0 : Math.round(seconds * (1 - share) / share);
        Progress now = new Progress(share, rate, left, counts);
        uiThread.execute(() -> {
            fraction.set(share);
            progress.set(now);
        });
    }

    private static String describe(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
