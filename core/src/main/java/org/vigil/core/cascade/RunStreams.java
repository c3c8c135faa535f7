package org.vigil.core.cascade;

/**
 * The random numbers of Monte Carlo runs, counter-based: run r's seed is the r-th {@code
 * nextLong()} of {@code new SplittableRandom(seed)}, and dependency e's draw in that run is the
 * e-th {@code nextDouble()} of {@code new SplittableRandom(runSeed)} (SplitMix64, computed
 * directly at its index). Any thread can work out any run's draws on its own and in any order, so
 * results do not depend on how runs are shared among threads, and a run draws only for the
 * dependencies it reaches.
 */
final class RunStreams {

    /** SplittableRandom's default increment: the odd integer closest to 2^64 / φ. */
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private static final double DOUBLE_UNIT = 0x1.0p-53;

    /** The presence bound of an edge with likelihood 1: every draw lies below it. */
    static final long ALWAYS = 1L << 53;

    private RunStreams() {}

    static long runSeed(long seed, int run) {
        return mix64(seed + (run + 1L) * GOLDEN_GAMMA);
    }

    /** A uniform draw in [0, 1) for the edge in the run with this seed: {@link #bits} × 2^-53. */
    static double uniform(long runSeed, int edge) {
        return bits(runSeed, edge) * DOUBLE_UNIT;
    }

    /** The draw as a whole number in [0, 2^53). */
    static long bits(long runSeed, int edge) {
        return mix64(runSeed + (edge + 1L) * GOLDEN_GAMMA) >>> 11;
    }

    /**
     * Per edge the bound below which {@link #bits} means the edge is present: draw < likelihood
     * exactly as {@code uniform < p}, in integers (bits < p·2^53 ⟺ bits < ⌈p·2^53⌉). 0 for an
     * inert edge, which is never present; {@link #ALWAYS} for a certain one, which needs no draw.
     */
    static long[] presenceBounds(CascadeGraph g) {
        long[] bounds = new long[g.dependencyCount()];
        for (int e = 0; e < bounds.length; e++) {
            bounds[e] = g.isInert(e) ? 0 : (long) Math.ceil(g.likelihoods[e] * 0x1.0p53);
        }
        return bounds;
    }

    /** SplitMix64's finaliser (Stafford's variant 13), as in SplittableRandom. */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
