package org.vigil.bench;

import java.nio.file.Path;
import org.vigil.core.ingest.FileIngest;

/**
 * What {@link IngestBenchmark} is asked to do.
 *
 * @param events events in the file (and so in each run)
 * @param file the EVE file, or null for one generated in the temporary folder
 * @param workspace the workspace to ingest into (recreated each run, kept after the last), or null for a
 *     temporary one, deleted
 * @param runs timed runs
 * @param warmupEvents events of the warm-up slice, 0 for none
 * @param batch events per batch and transaction
 * @param memory the memory run: ingest only, with the live heap measured at 10 %, 50 % and 100 %
 */
record BenchOptions(long events, Path file, Path workspace, int runs, long warmupEvents, int batch, boolean memory) {

    static final String USAGE = "usage: IngestBenchmark [--events N] [--file PATH] [--workspace PATH] [--runs R]"
            + " [--warmup N] [--batch N] [--memory]";

    static BenchOptions parse(String[] args) {
        Long events = null;
        Path file = null;
        Path workspace = null;
        Integer runs = null;
        long warmup = 100_000;
        int batch = FileIngest.DEFAULT_BATCH;
        boolean memory = false;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--memory")) {
                memory = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--events" -> events = count(name, value);
                case "--file" -> file = Path.of(value);
                case "--workspace" -> workspace = Path.of(value);
                case "--runs" -> runs = (int) count(name, value);
                case "--warmup" -> warmup = count(name, value);
                case "--batch" -> batch = (int) count(name, value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        // The memory run defaults to ten times the throughput run, once.
        BenchOptions options = new BenchOptions(
                events != null ? events : memory ? 10_000_000 : 1_000_000,
                file,
                workspace,
                runs != null ? runs : memory ? 1 : 3,
                warmup,
                batch,
                memory);
        if (options.events() < 1 || options.runs() < 1 || options.batch() < 1) {
            throw new IllegalArgumentException("--events, --runs and --batch must be at least 1");
        }
        return options;
    }

    private static long count(String name, String value) {
        try {
            return Long.parseLong(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not a number: " + value);
        }
    }

    /** The file to read: the one given, or the generated one for this many events. */
    Path eveFile() {
        return file != null
                ? file
                : Path.of(
                        System.getProperty("java.io.tmpdir"),
                        "vigil-bench-v" + EveGenerator.VERSION + "-" + events + ".eve.json");
    }
}
