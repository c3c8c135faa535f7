package org.vigil.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.vigil.content.PilotRulePacks;
import org.vigil.content.PilotScenarios;
import org.vigil.core.correlate.LoadedRules;
import org.vigil.core.correlate.SigmaRuleLoader;
import org.vigil.core.ingest.AssetMapper;
import org.vigil.core.ingest.FileIngest;
import org.vigil.core.ingest.TagRule;
import org.vigil.core.scenario.ScenarioReader;

/**
 * CPU time per event, which a shared machine's load does not skew the way it skews wall-clock
 * rates: the whole process's CPU time (every thread, the collector and compiler included) over each
 * phase of {@link IngestBenchmark}, after a warm-up on the same file.
 *
 * <pre>
 * IngestCpu FILE EVENTS [RUNS [full]]
 * </pre>
 *
 * {@code full}: only the ingest with correlation, for a profiler attached to the run.
 */
public final class IngestCpu {

    private IngestCpu() {}

    public static void main(String[] args) throws Exception {
        Path eve = Path.of(args[0]);
        long events = Long.parseLong(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        boolean onlyFull = args.length > 3 && args[3].equals("full");
        EveFile.prepare(eve, events, false);
        LoadedRules rules = new SigmaRuleLoader().load(new PilotRulePacks().texts(), List.of());
        AssetMapper mapper =
                new AssetMapper(new PilotScenarios(new ScenarioReader()).load(), TagRule.among(rules.rules()));
        HeapWatch heap = new HeapWatch();
        IngestRun store = new IngestRun(mapper, null, FileIngest.DEFAULT_BATCH, heap);
        IngestRun full = new IngestRun(mapper, rules, FileIngest.DEFAULT_BATCH, heap);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int r = 0; r <= runs; r++) {
            String label = r == 0 ? "warm-up" : "run " + r;
            long c0 = os.getProcessCpuTime();
            long w0 = System.nanoTime();
            if (!onlyFull) {
                RawParse.objects(eve);
            }
            long c1 = os.getProcessCpuTime();
            long w1 = System.nanoTime();
            if (!onlyFull) {
                ParseAndMap.events(eve, mapper);
            }
            long c2 = os.getProcessCpuTime();
            long w2 = System.nanoTime();
            if (!onlyFull) {
                store.run(eve, null, false);
            }
            long c3 = os.getProcessCpuTime();
            long w3 = System.nanoTime();
            ThreadCpu stages = new ThreadCpu();
            full.run(eve, null, false);
            stages.close();
            long c4 = os.getProcessCpuTime();
            long w4 = System.nanoTime();
            System.out.printf(
                    Locale.ROOT,
                    "%-8s CPU µs/event (wall ev/s): raw %.2f (%,.0f)  parse+map %.2f (%,.0f)  ingest %.2f (%,.0f)"
                            + "  ingest+correlation %.2f (%,.0f)%n",
                    label,
                    (c1 - c0) / 1e3 / events,
                    events / ((w1 - w0) / 1e9),
                    (c2 - c1) / 1e3 / events,
                    events / ((w2 - w1) / 1e9),
                    (c3 - c2) / 1e3 / events,
                    events / ((w3 - w2) / 1e9),
                    (c4 - c3) / 1e3 / events,
                    events / ((w4 - w3) / 1e9));
            StringBuilder split = new StringBuilder("         ingest+correlation CPU µs/event by thread:");
            stages.byName().forEach((name, nanos) -> {
                if (nanos / 1e3 / events >= 0.05) {
                    split.append(String.format(Locale.ROOT, " %s %.2f", name, nanos / 1e3 / events));
                }
            });
            System.out.println(split);
        }
    }
}
