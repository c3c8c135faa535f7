package org.vigil.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.vigil.content.PilotScenarios;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.RawRecord;
import org.vigil.core.feed.suricata.SuricataEveParser;
import org.vigil.core.ingest.AssetMapper;
import org.vigil.core.ingest.FileIngest;
import org.vigil.core.ingest.IngestCounts;
import org.vigil.core.ingest.IngestProgress;
import org.vigil.core.model.Scenario;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.core.store.Workspace;

/**
 * End-to-end ingest throughput of a Suricata EVE file (read, frame, parse, normalise, map to the
 * pilots' assets, store in a fresh workspace) against a raw Jackson streaming parse of the same
 * file in the same JVM, plus parse-and-map alone to show where the time goes. Correlation is not
 * built yet, so it is not measured. Whole-file runs, so no JMH: each phase is timed once per run,
 * after one warm-up on a slice, and the table shows min / median / max over the runs.
 *
 * <pre>
 * IngestBenchmark [--events N] [--file PATH] [--workspace PATH] [--runs R] [--warmup N] [--batch N]
 * </pre>
 *
 * {@code --file} is generated (by {@link EveGenerator}) when it does not exist and reused when it has
 * N lines; {@code --workspace} is recreated for each run and kept after the last (default: a temporary
 * file, deleted); {@code --batch} overrides {@link FileIngest#DEFAULT_BATCH} to compare batch sizes.
 * Exit code 1 when a run's counts do not add up or it did not store all N events.
 */
public final class IngestBenchmark {

    private static final long MIB = 1024 * 1024;

    private long events = 1_000_000;
    private Path file;
    private Path workspace;
    private int runs = 3;
    private long warmupEvents = 100_000;
    private int batch = FileIngest.DEFAULT_BATCH;

    public static void main(String[] args) throws Exception {
        IngestBenchmark benchmark = new IngestBenchmark();
        try {
            benchmark.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(
                    "usage: IngestBenchmark [--events N] [--file PATH] [--workspace PATH] [--runs R] [--warmup N] [--batch N]");
            System.exit(2);
        }
        try {
            System.exit(benchmark.run() ? 0 : 1);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    private void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--events" -> events = count(name, value);
                case "--file" -> file = Path.of(value);
                case "--workspace" -> workspace = Path.of(value);
                case "--runs" -> runs = (int) count(name, value);
                case "--warmup" -> warmupEvents = count(name, value);
                case "--batch" -> batch = (int) count(name, value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (events < 1 || runs < 1 || batch < 1) {
            throw new IllegalArgumentException("--events, --runs and --batch must be at least 1");
        }
    }

    private static long count(String name, String value) {
        try {
            return Long.parseLong(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not a number: " + value);
        }
    }

    private boolean run() throws Exception {
        Path eve = file != null
                ? file
                : Path.of(System.getProperty("java.io.tmpdir"), "vigil-bench-" + events + ".eve.json");
        prepareFile(eve);
        long size = Files.size(eve);

        List<Scenario> pilots = new PilotScenarios(new ScenarioReader()).load();
        AssetMapper mapper = new AssetMapper(pilots);
        HeapWatch heap = new HeapWatch();

        printMachine(eve, size);

        // Warm-up: the same code on a slice, so the JIT has compiled the hot path before timing.
        if (warmupEvents > 0) {
            Path slice = Files.createTempFile("vigil-bench-warmup", ".eve.json");
            try {
                long sliceEvents = copyLines(eve, slice, Math.min(warmupEvents, events));
                long t0 = System.nanoTime();
                rawParse(slice);
                parseAndMap(slice, mapper);
                ingest(slice, mapper, null);
                System.out.printf(
                        Locale.ROOT, "warm-up: %,d events, %.1f s%n%n", sliceEvents, (System.nanoTime() - t0) / 1e9);
            } finally {
                Files.deleteIfExists(slice);
            }
        }

        List<Phase> raw = new ArrayList<>();
        List<Phase> mapped = new ArrayList<>();
        List<Phase> ingest = new ArrayList<>();
        boolean ok = true;
        for (int r = 1; r <= runs; r++) {
            heap.start();
            long t0 = System.nanoTime();
            long objects = rawParse(eve);
            Phase rawPhase = heap.stop(new Phase(objects, System.nanoTime() - t0, null));
            raw.add(rawPhase);

            heap.start();
            t0 = System.nanoTime();
            long parsed = parseAndMap(eve, mapper);
            Phase mappedPhase = heap.stop(new Phase(parsed, System.nanoTime() - t0, null));
            mapped.add(mappedPhase);

            heap.start();
            Phase ingestPhase = heap.stop(ingest(eve, mapper, workspace));
            ingest.add(ingestPhase);

            IngestCounts c = ingestPhase.counts();
            boolean addsUp = c.addsUp();
            boolean allStored = c.stored() == events && objects == events;
            ok &= addsUp && allStored;
            System.out.printf(
                    Locale.ROOT,
                    "run %d: raw %,.0f ev/s, parse+map %,.0f ev/s, ingest %,.0f ev/s (ratio %.3f); read %,d = stored %,d + duplicates %,d"
                            + " + quarantined %,d %s; unmapped %,d; stored = N %s; peak heap: raw %s, ingest %s%n",
                    r,
                    rawPhase.rate(),
                    mappedPhase.rate(),
                    ingestPhase.rate(),
                    ingestPhase.rate() / rawPhase.rate(),
                    c.read(),
                    c.stored(),
                    c.duplicates(),
                    c.quarantined(),
                    addsUp ? "ok" : "MISMATCH",
                    c.unmapped(),
                    allStored ? "ok" : "NO (" + c.stored() + " of " + events + ", raw saw " + objects + ")",
                    mib(rawPhase.peakHeap()),
                    mib(ingestPhase.peakHeap()));
            if (ingestPhase.liveByQuarter() != null) {
                System.out.println("        heap after GC during ingest, max per quarter of the run: "
                        + String.join(
                                " | ",
                                Arrays.stream(ingestPhase.liveByQuarter())
                                        .mapToObj(b -> b < 0 ? "no GC" : mib(b))
                                        .toList()));
            }
        }

        System.out.println();
        printTable(raw, mapped, ingest, size);
        return ok;
    }

    private void prepareFile(Path eve) throws IOException {
        if (Files.isRegularFile(eve)) {
            long lines = countLines(eve);
            if (lines == events) {
                System.out.printf(Locale.ROOT, "reusing %s (%,d events)%n", eve, lines);
                return;
            }
            if (file != null) {
                // Never overwrite a file someone named: it may be a real sensor's log.
                throw new IllegalArgumentException(String.format(
                        Locale.ROOT,
                        "%s has %,d lines, not %,d: give --events %d, or another --file to generate",
                        eve,
                        lines,
                        events,
                        lines));
            }
            System.out.printf(Locale.ROOT, "%s has %,d lines, not %,d: generating it again%n", eve, lines, events);
        }
        long t0 = System.nanoTime();
        long bytes = new EveGenerator(EveGenerator.DEFAULT_SEED).write(eve, events);
        System.out.printf(
                Locale.ROOT,
                "generated %s: %,d events, %s in %.1f s%n",
                eve,
                events,
                mib(bytes),
                (System.nanoTime() - t0) / 1e9);
    }

    /** The peer: Jackson's streaming parser over the whole file, counting root-level objects. */
    static long rawParse(Path eve) throws IOException {
        JsonFactory factory = new JsonFactory();
        long objects = 0;
        int depth = 0;
        try (InputStream in = Files.newInputStream(eve);
                JsonParser parser = factory.createParser(in)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    if (depth == 0 && token == JsonToken.START_OBJECT) {
                        objects++;
                    }
                    depth++;
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                }
            }
        }
        return objects;
    }

    /**
     * Vigil's parser and asset mapper over the file's lines, storing nothing: how much of the ingest
     * time is parsing and mapping. Lines are cut and decoded as the ingest does, more simply.
     */
    static long parseAndMap(Path eve, AssetMapper mapper) throws IOException {
        SuricataEveParser parser = new SuricataEveParser();
        Clock clock = Clock.systemUTC();
        String source = eve.toString();
        long events = 0;
        long assets = 0;
        try (BufferedReader lines = Files.newBufferedReader(eve, StandardCharsets.UTF_8)) {
            String line;
            long offset = 0;
            while ((line = lines.readLine()) != null) {
                ParseOutcome outcome = parser.parse(new RawRecord(source, offset, line), clock.instant());
                offset += line.length() + 1;
                if (outcome instanceof ParseOutcome.Parsed parsed) {
                    for (Event event : parsed.events()) {
                        assets += mapper.map(event).assetIds().size();
                        events++;
                    }
                }
            }
        }
        if (assets < 0) {
            throw new AssertionError(); // keeps the mapping from being optimised away
        }
        return events;
    }

    /**
     * Vigil's ingest of the file into a fresh workspace, deleted afterwards unless it was named. The
     * time runs from opening the workspace to closing it, so the final checkpoint is counted.
     */
    private Phase ingest(Path eve, AssetMapper mapper, Path named) throws Exception {
        Path db = named != null ? named : Files.createTempFile("vigil-bench-", ".db");
        deleteWorkspace(db);
        try {
            long t0 = System.nanoTime();
            IngestCounts counts;
            try (Workspace ws = Workspace.open(db)) {
                FileIngest ingest = new FileIngest(ws.events(), mapper, Clock.systemUTC(), batch);
                counts = ingest.ingest(new SuricataEveParser(), List.of(eve), IngestProgress.NONE, () -> false);
            }
            return new Phase(counts.read(), System.nanoTime() - t0, counts);
        } finally {
            if (named == null) {
                deleteWorkspace(db);
            }
        }
    }

    private static void deleteWorkspace(Path db) throws IOException {
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + "-wal"));
        Files.deleteIfExists(Path.of(db + "-shm"));
        Files.deleteIfExists(Path.of(db + "-journal"));
    }

    private static long countLines(Path file) throws IOException {
        long lines = 0;
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }

    /** Copies the first {@code lines} lines; returns how many there were. */
    private static long copyLines(Path from, Path to, long lines) throws IOException {
        long copied = 0;
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(from);
                OutputStream out = Files.newOutputStream(to)) {
            int read;
            while (copied < lines && (read = in.read(buffer)) > 0) {
                int end = 0;
                while (end < read && copied < lines) {
                    if (buffer[end++] == '\n') {
                        copied++;
                    }
                }
                out.write(buffer, 0, end);
            }
        }
        return copied;
    }

    private void printMachine(Path eve, long size) {
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                Locale.ROOT,
                "Java %s (%s), %d processors, max heap %s, GC %s%nfile %s: %,d events, %s (%.0f bytes/event)%n",
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                rt.availableProcessors(),
                mib(rt.maxMemory()),
                String.join(
                        "+",
                        ManagementFactory.getGarbageCollectorMXBeans().stream()
                                .map(GarbageCollectorMXBean::getName)
                                .toList()),
                eve,
                events,
                mib(size),
                (double) size / events);
    }

    private void printTable(List<Phase> raw, List<Phase> mapped, List<Phase> ingest, long size) {
        double rawMedian = median(raw.stream().mapToDouble(Phase::rate).toArray());
        double ingestMedian = median(ingest.stream().mapToDouble(Phase::rate).toArray());
        System.out.printf(Locale.ROOT, "%,d events, %s, %d run(s)%n", events, mib(size), runs);
        String format = "%-36s %11s %11s %11s %10s %10s%n";
        System.out.printf(Locale.ROOT, format, "phase", "min ev/s", "median", "max", "peak heap", "after GC");
        row(format, "raw Jackson streaming parse", raw);
        row(format, "parse+normalise+map, no store", mapped);
        row(format, "ingest (parse+normalise+map+store)", ingest);
        double[] ratios = new double[ingest.size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = ingest.get(i).rate() / raw.get(i).rate();
        }
        Arrays.sort(ratios);
        System.out.printf(
                Locale.ROOT,
                "ratio ingest/raw: %.3f (medians); per run min %.3f, max %.3f%n",
                ingestMedian / rawMedian,
                ratios[0],
                ratios[ratios.length - 1]);
        System.out.printf(
                Locale.ROOT,
                "raw parse %,.0f MiB/s; ingest %,.0f MiB/s (medians)%n",
                rawMedian * size / events / MIB,
                ingestMedian * size / events / MIB);
        System.out.printf(
                Locale.ROOT,
                "target: >= 100,000 ev/s %s, ratio >= 0.3 %s (correlation not yet built: not measured)%n",
                ingestMedian >= 100_000 ? "met" : "MISSED",
                ingestMedian / rawMedian >= 0.3 ? "met" : "MISSED");
    }

    private static void row(String format, String name, List<Phase> phases) {
        double[] rates = phases.stream().mapToDouble(Phase::rate).sorted().toArray();
        long peak = phases.stream().mapToLong(Phase::peakHeap).max().orElse(0);
        long live = phases.stream().mapToLong(Phase::liveHeap).max().orElse(-1);
        System.out.printf(
                Locale.ROOT,
                format,
                name,
                String.format(Locale.ROOT, "%,.0f", rates[0]),
                String.format(Locale.ROOT, "%,.0f", median(rates)),
                String.format(Locale.ROOT, "%,.0f", rates[rates.length - 1]),
                mib(peak),
                live < 0 ? "no GC" : mib(live));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,.0f MiB", bytes / (double) MIB);
    }

    /** One timed phase: how many events in how long, with its heap figures. */
    record Phase(long events, long nanos, IngestCounts counts, long peakHeap, long[] liveByQuarter) {
        Phase(long events, long nanos, IngestCounts counts) {
            this(events, nanos, counts, 0, null);
        }

        double rate() {
            return events / (nanos / 1e9);
        }

        /** The most heap left after any collection during the phase, or -1 if none ran. */
        long liveHeap() {
            return liveByQuarter == null
                    ? -1
                    : Arrays.stream(liveByQuarter).max().orElse(-1);
        }
    }

    /**
     * Heap use during a phase: the highest heap in use, sampled every 5 ms, and the heap left after
     * each garbage collection (what the phase really keeps), from the collectors' notifications.
     */
    private static final class HeapWatch {
        private final AtomicLong peak = new AtomicLong();
        private final List<long[]> afterGc = new ArrayList<>(); // {nanoTime, bytes}
        private volatile boolean sampling;
        private Thread sampler;
        private long started;

        HeapWatch() {
            NotificationListener listener = (notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                        .mapToLong(MemoryUsage::getUsed)
                        .sum();
                synchronized (afterGc) {
                    if (sampling) {
                        afterGc.add(new long[] {System.nanoTime(), used});
                    }
                }
            };
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(listener, null, null);
                }
            }
        }

        void start() {
            System.gc();
            peak.set(usedHeap());
            synchronized (afterGc) {
                afterGc.clear();
                sampling = true;
            }
            started = System.nanoTime();
            sampler = new Thread(
                    () -> {
                        while (sampling) {
                            peak.accumulateAndGet(usedHeap(), Math::max);
                            try {
                                Thread.sleep(5);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        Phase stop(Phase phase) throws InterruptedException {
            long ended = System.nanoTime();
            peak.accumulateAndGet(usedHeap(), Math::max);
            synchronized (afterGc) {
                sampling = false;
            }
            sampler.join();
            long[] quarters = null;
            synchronized (afterGc) {
                if (!afterGc.isEmpty()) {
                    quarters = new long[] {-1, -1, -1, -1};
                    long span = Math.max(1, ended - started);
                    for (long[] sample : afterGc) {
                        int q = (int) Math.min(3, Math.max(0, (sample[0] - started) * 4 / span));
                        quarters[q] = Math.max(quarters[q], sample[1]);
                    }
                }
            }
            return new Phase(phase.events(), phase.nanos(), phase.counts(), peak.get(), quarters);
        }

        private static long usedHeap() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
    }
}
