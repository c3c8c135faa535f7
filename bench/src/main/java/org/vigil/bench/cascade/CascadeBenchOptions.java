package org.vigil.bench.cascade;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What {@link CascadeBenchmark} is asked to do.
 *
 * @param grid an edge list of a real topology (the US Western States power grid), or null for none
 * @param assets assets of the generated model
 * @param dependencies dependencies of the generated model
 * @param runs timed runs of each tool per graph (the median is reported)
 * @param warmup warm-up runs of each tool per graph before timing (more on small graphs, see
 *     {@link CascadeBenchmark})
 * @param seed the seed of everything random: the generated model, the grid's delays, the start sets
 * @param starts assets in the start set
 * @param skipGenerated whether to run the grid only
 */
record CascadeBenchOptions(
        Path grid, int assets, int dependencies, int runs, int warmup, long seed, int starts, boolean skipGenerated) {

    static final String USAGE = "usage: CascadeBenchmark [--grid EDGE_LIST] [--assets N] [--dependencies M]"
            + " [--runs R] [--warmup W] [--seed S] [--starts K] [--skip-generated]";

    /** Below this the generated model's tiers are too thin to mean anything. */
    static final int MIN_ASSETS = 100;

    /** Dependencies per asset at most: the generator keeps every asset's suppliers distinct. */
    static final int MAX_DEPENDENCIES_PER_ASSET = 20;

    static CascadeBenchOptions parse(String... args) {
        Path grid = null;
        long assets = 1_000_000;
        long dependencies = 4_000_000;
        long runs = 5;
        long warmup = 2;
        long seed = 20_260_101;
        long starts = 10;
        boolean skipGenerated = false;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--skip-generated")) {
                skipGenerated = true;
                continue;
            }
            if (!name.startsWith("--")) {
                throw new IllegalArgumentException("not an option: " + name);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--grid" -> grid = Path.of(value);
                case "--assets" -> assets = number(name, value);
                case "--dependencies" -> dependencies = number(name, value);
                case "--runs" -> runs = number(name, value);
                case "--warmup" -> warmup = number(name, value);
                case "--seed" -> seed = number(name, value);
                case "--starts" -> starts = number(name, value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (grid != null && !Files.isRegularFile(grid)) {
            throw new IllegalArgumentException("--grid: no such file: " + grid);
        }
        if (grid == null && skipGenerated) {
            throw new IllegalArgumentException("--skip-generated leaves nothing to run without --grid");
        }
        if (assets < MIN_ASSETS || assets > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException(
                    "--assets must lie between " + MIN_ASSETS + " and " + Integer.MAX_VALUE / 2 + ": " + assets);
        }
        if (dependencies < 1
                || dependencies > MAX_DEPENDENCIES_PER_ASSET * assets
                || dependencies > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("--dependencies must lie between 1 and " + MAX_DEPENDENCIES_PER_ASSET
                    + " per asset (" + Math.min(MAX_DEPENDENCIES_PER_ASSET * assets, Integer.MAX_VALUE) + "): "
                    + dependencies);
        }
        if (runs < 1 || runs > 1_000) {
            throw new IllegalArgumentException("--runs must lie between 1 and 1000: " + runs);
        }
        if (warmup < 0 || warmup > 1_000) {
            throw new IllegalArgumentException("--warmup must lie between 0 and 1000: " + warmup);
        }
        if (starts < 1 || starts > MIN_ASSETS) {
            throw new IllegalArgumentException("--starts must lie between 1 and " + MIN_ASSETS + ": " + starts);
        }
        return new CascadeBenchOptions(
                grid, (int) assets, (int) dependencies, (int) runs, (int) warmup, seed, (int) starts, skipGenerated);
    }

    /** A whole number; 1,000,000 and 1_000_000 are read as 1000000. */
    private static long number(String name, String value) {
        try {
            return Long.parseLong(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not a whole number: " + value);
        }
    }
}
