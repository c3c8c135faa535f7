package org.vigil.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.vigil.core.correlate.CorrelatorConfig;
import org.vigil.core.correlate.LoadedRules;
import org.vigil.core.feed.suricata.SuricataEveParser;
import org.vigil.core.incident.IncidentDetection;
import org.vigil.core.ingest.AssetMapper;
import org.vigil.core.ingest.EventCorrelation;
import org.vigil.core.ingest.FileIngest;
import org.vigil.core.ingest.IngestCounts;
import org.vigil.core.ingest.IngestProgress;
import org.vigil.core.store.Workspace;

/**
 * Vigil's ingest of the file into a fresh workspace, as {@code vigil ingest} does it: parse,
 * normalise, map to the pilots' assets, store, and (with rules) correlate through {@link
 * IncidentDetection}. The time runs from opening the workspace to closing it, so the final checkpoint
 * is counted. The workspace is deleted afterwards unless it was named.
 */
final class IngestRun {

    private static final double[] LIVE_AT = {0.1, 0.5};

    private final AssetMapper mapper;
    private final LoadedRules rules;
    private final int batch;
    private final HeapWatch heap;

    /** {@code rules} null: no correlation. */
    IngestRun(AssetMapper mapper, LoadedRules rules, int batch, HeapWatch heap) {
        this.mapper = mapper;
        this.rules = rules;
        this.batch = batch;
        this.heap = heap;
    }

    /** {@code measureLive}: the live heap after a full collection at 10 %, 50 % and 100 % (costs a pause each). */
    Phase run(Path eve, Path named, boolean measureLive) throws Exception {
        Path db = named != null ? named : Files.createTempFile("vigil-bench-", ".db");
        EveFile.deleteWorkspace(db);
        long[] live = measureLive ? new long[] {-1, -1, -1} : null;
        AtomicLong done = new AtomicLong();
        long size = Files.size(eve);
        IngestProgress progress = (bytesDone, bytesTotal, counts) -> {
            done.set(bytesDone);
            if (live != null) {
                for (int i = 0; i < LIVE_AT.length; i++) {
                    if (live[i] < 0 && bytesDone >= LIVE_AT[i] * bytesTotal) {
                        live[i] = HeapWatch.live();
                    }
                }
            }
        };
        heap.start(() -> (double) done.get() / size);
        try {
            long t0 = System.nanoTime();
            IngestCounts counts;
            long incidents;
            try (Workspace workspace = Workspace.open(db)) {
                EventCorrelation correlation = rules == null
                        ? EventCorrelation.NONE
                        : new IncidentDetection(
                                rules, CorrelatorConfig.defaults(), workspace.incidents(), Clock.systemUTC(), id -> {});
                FileIngest ingest = new FileIngest(workspace.events(), mapper, correlation, Clock.systemUTC(), batch);
                counts = ingest.ingest(new SuricataEveParser(), List.of(eve), progress, () -> false);
                if (live != null) {
                    live[2] = HeapWatch.live();
                }
                incidents = rules == null ? -1 : workspace.incidents().count();
            }
            long nanos = System.nanoTime() - t0;
            return new Phase(counts.read(), nanos, counts, incidents, heap.stop(live));
        } finally {
            if (named == null) {
                EveFile.deleteWorkspace(db);
            }
        }
    }
}
