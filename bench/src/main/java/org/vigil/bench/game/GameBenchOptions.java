package org.vigil.bench.game;

/**
 * What {@link GameBenchmark} is asked to do.
 *
 * @param seconds measured seconds of embedded play
 * @param warmupSeconds seconds of play before them, not measured (JIT, font atlases, first pulses)
 * @param launches child-process launches timed to their first frame (the median is reported)
 * @param width the game's width in pixels, embedded and in its own window
 * @param height the game's height in pixels
 * @param skipEmbedded whether to time the child-process host alone
 * @param skipChild whether to time the embedded host alone
 */
record GameBenchOptions(
        int seconds, int warmupSeconds, int launches, int width, int height, boolean skipEmbedded, boolean skipChild) {

    static final String USAGE = "usage: GameBenchmark [--seconds S] [--warmup S] [--launches N] [--size WxH]"
            + " [--skip-embedded] [--skip-child]";

    static GameBenchOptions parse(String... args) {
        long seconds = 20;
        long warmup = 5;
        long launches = 5;
        long width = 1280;
        long height = 720;
        boolean skipEmbedded = false;
        boolean skipChild = false;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--skip-embedded")) {
                skipEmbedded = true;
                continue;
            }
            if (name.equals("--skip-child")) {
                skipChild = true;
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
                case "--seconds" -> seconds = number(name, value, 1, 3_600);
                case "--warmup" -> warmup = number(name, value, 0, 600);
                case "--launches" -> launches = number(name, value, 1, 100);
                case "--size" -> {
                    String[] wh = value.split("x", -1);
                    if (wh.length != 2) {
                        throw new IllegalArgumentException("--size is WIDTHxHEIGHT: " + value);
                    }
                    width = number(name, wh[0], 320, 4_096);
                    height = number(name, wh[1], 240, 4_096);
                }
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (skipEmbedded && skipChild) {
            throw new IllegalArgumentException("--skip-embedded and --skip-child leave nothing to measure");
        }
        return new GameBenchOptions(
                (int) seconds, (int) warmup, (int) launches, (int) width, (int) height, skipEmbedded, skipChild);
    }

    /** A whole number within bounds. */
    private static long number(String name, String value, long min, long max) {
        long n;
        try {
            n = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not a whole number: " + value);
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(name + " must lie between " + min + " and " + max + ": " + n);
        }
        return n;
    }
}
