package org.vigil.bench.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link GraphBenchmark} is asked to do.
 *
 * @param sizes node counts of the generated scenes (edges are twice as many)
 * @param runs timed frames per renderer, scene and view (the median is reported)
 * @param warmup untimed frames before them
 * @param width the view's width in pixels
 * @param height the view's height in pixels
 * @param seed the seed of the generated scenes
 * @param skipGraphStream whether to time the canvas alone
 */
record GraphBenchOptions(
        List<Integer> sizes, int runs, int warmup, int width, int height, long seed, boolean skipGraphStream) {

    static final String USAGE = "usage: GraphBenchmark [--sizes 1000,5000,20000,50000] [--runs R] [--warmup W]"
            + " [--width PX] [--height PX] [--seed S] [--skip-graphstream]";

    static GraphBenchOptions parse(String... args) {
        List<Integer> sizes = List.of(1_000, 5_000, 20_000, 50_000);
        long runs = 7;
        long warmup = 3;
        long width = 1280;
        long height = 800;
        long seed = 20_260_101;
        boolean skipGraphStream = false;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--skip-graphstream")) {
                skipGraphStream = true;
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
                case "--sizes" -> sizes = sizes(value);
                case "--runs" -> runs = number(name, value, 1, 1_000);
                case "--warmup" -> warmup = number(name, value, 0, 1_000);
                case "--width" -> width = number(name, value, 100, 8_192);
                case "--height" -> height = number(name, value, 100, 8_192);
                case "--seed" -> seed = number(name, value, Long.MIN_VALUE, Long.MAX_VALUE);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return new GraphBenchOptions(sizes, (int) runs, (int) warmup, (int) width, (int) height, seed, skipGraphStream);
    }

    private static List<Integer> sizes(String value) {
        List<Integer> sizes = new ArrayList<>();
        for (String part : value.split(",")) {
            sizes.add((int) number("--sizes", part.trim(), 10, 1_000_000));
        }
        return List.copyOf(sizes);
    }

    /** A whole number within bounds; 1_000 is read as 1000. */
    private static long number(String name, String value, long min, long max) {
        long n;
        try {
            n = Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not a whole number: " + value);
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(name + " must lie between " + min + " and " + max + ": " + n);
        }
        return n;
    }
}
