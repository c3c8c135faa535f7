package org.vigil.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.content.PilotRulePacks;
import org.vigil.content.PilotScenarios;
import org.vigil.core.correlate.LoadedRules;
import org.vigil.core.correlate.SigmaRuleLoader;
import org.vigil.core.ingest.AssetMapper;
import org.vigil.core.ingest.TagRule;
import org.vigil.core.model.Scenario;
import org.vigil.core.scenario.ScenarioReader;

/**
 * End-to-end ingest throughput of a Suricata EVE file against a raw Jackson streaming parse of the
 * same file in the same JVM. Each run times, in order:
 *
 * <ol>
 *   <li>the raw parse ({@link RawParse}), the peer;
 *   <li>parse, normalise and map to the pilots' assets, storing nothing ({@link ParseAndMap});
 *   <li>the ingest without correlation: read, parse, normalise, map, store ({@link IngestRun});
 *   <li>the ingest as {@code vigil ingest} does it, with correlation by the pilot rule packs.
 * </ol>
 *
 * Whole-file runs, so no JMH: each phase is timed once per run, after one warm-up on a slice, and
 * the table shows min / median / max over the runs. {@code --memory} runs the raw parse and the full
 * ingest only, of 10 million events by default, and measures the live heap at 10 %, 50 % and 100 %.
 *
 * <pre>
 * IngestBenchmark [--events N] [--file PATH] [--workspace PATH] [--runs R] [--warmup N] [--batch N] [--memory]
 * </pre>
 *
 * {@code --file} is generated (by {@link EveGenerator}) when it does not exist and reused when it has N
 * lines; {@code --workspace} is recreated for each run and kept after the last (default: a temporary
 * file, deleted). Exit code 1 when a run's counts do not add up or it did not store all N events.
 */
public final class IngestBenchmark {

    private final BenchOptions options;
    private final HeapWatch heap = new HeapWatch();

    private IngestBenchmark(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        try {
            System.exit(new IngestBenchmark(BenchOptions.parse(args)).run() ? 0 : 1);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
        }
    }

    private boolean run() throws Exception {
        Path eve = options.eveFile();
        EveFile.prepare(eve, options.events(), options.file() != null);
        long size = Files.size(eve);
        List<Scenario> pilots = new PilotScenarios(new ScenarioReader()).load();
        LoadedRules rules = new SigmaRuleLoader().load(new PilotRulePacks().texts(), List.of());
        if (!rules.problems().isEmpty()) {
            throw new IllegalStateException("the pilot rule packs do not load: " + rules.problems());
        }
        AssetMapper mapper = new AssetMapper(pilots, TagRule.among(rules.rules()));
        IngestRun store = new IngestRun(mapper, null, options.batch(), heap);
        IngestRun full = new IngestRun(mapper, rules, options.batch(), heap);

        Report.machine(eve, options.events(), size);
        System.out.printf(
                Locale.ROOT,
                "rules: the pilot packs, %d detection rules and %d correlations; batch %,d events%n",
                rules.rules().size(),
                rules.correlations().size(),
                options.batch());
        warmUp(eve, mapper, store, full);

        List<Phase> raw = new ArrayList<>();
        List<Phase> mapped = new ArrayList<>();
        List<Phase> stored = new ArrayList<>();
        List<Phase> correlated = new ArrayList<>();
        boolean ok = true;
        for (int r = 1; r <= options.runs(); r++) {
            System.out.printf(Locale.ROOT, "run %d (load average %.2f):%n", r, Report.load());
            heap.start(null);
            long t0 = System.nanoTime();
            long objects = RawParse.objects(eve);
            Phase rawPhase = new Phase(objects, System.nanoTime() - t0, null, -1, heap.stop(null));
            raw.add(rawPhase);
            System.out.printf(
                    Locale.ROOT, "  %-22s %,9.0f ev/s, %,d objects%n", "raw Jackson parse", rawPhase.rate(), objects);
            ok &= objects == options.events();
            if (!options.memory()) {
                heap.start(null);
                t0 = System.nanoTime();
                long parsed = ParseAndMap.events(eve, mapper);
                Phase mappedPhase = new Phase(parsed, System.nanoTime() - t0, null, -1, heap.stop(null));
                mapped.add(mappedPhase);
                System.out.printf(
                        Locale.ROOT,
                        "  %-22s %,9.0f ev/s (ratio %.3f)%n",
                        "parse+map, no store",
                        mappedPhase.rate(),
                        mappedPhase.rate() / rawPhase.rate());
                Phase storePhase = store.run(eve, options.workspace(), false);
                stored.add(storePhase);
                ok &= Report.ingest("ingest, no correlation", storePhase, rawPhase, options.events());
            }
            Phase fullPhase = full.run(eve, options.workspace(), options.memory());
            correlated.add(fullPhase);
            ok &= Report.ingest("ingest + correlation", fullPhase, rawPhase, options.events());
            Report.heapOverTime(fullPhase);
        }

        List<Report.Row> rows = new ArrayList<>();
        if (!options.memory()) {
            rows.add(new Report.Row("parse+normalise+map, no store", mapped));
            rows.add(new Report.Row("ingest: + store, no correlation", stored));
        }
        rows.add(new Report.Row("ingest: + store + correlation", correlated));
        Report.table(options.events(), size, options.runs(), raw, rows);
        return ok;
    }

    /** The same code on a slice first, so the JIT has compiled the hot paths before anything is timed. */
    private void warmUp(Path eve, AssetMapper mapper, IngestRun store, IngestRun full) throws Exception {
        if (options.warmupEvents() <= 0) {
            return;
        }
        Path slice = Files.createTempFile("vigil-bench-warmup", ".eve.json");
        try {
            long sliceEvents = EveFile.copyLines(eve, slice, Math.min(options.warmupEvents(), options.events()));
            long t0 = System.nanoTime();
            RawParse.objects(slice);
            ParseAndMap.events(slice, mapper);
            store.run(slice, null, false);
            full.run(slice, null, false);
            System.out.printf(
                    Locale.ROOT, "warm-up: %,d events, %.1f s%n%n", sliceEvents, (System.nanoTime() - t0) / 1e9);
        } finally {
            Files.deleteIfExists(slice);
        }
    }
}
