package org.vigil.core.cascade;

/**
 * What the label-setting passes read of each out-edge, interleaved in edge order: for edge {@code
 * e} at {@code 4e} its {@link #code(long) target or group}, then the raw bits of its delay,
 * likelihood and maxImpact.
 *
 * <p>Why: a pass settles assets in an order unrelated to their indexes, so each settled asset's
 * out-edges are a jump to a random place, and in separate arrays (targets, groups, inert marks,
 * weights) one cache miss per array. Interleaved, an asset's few edges are one or two adjacent cache
 * lines; on a million assets that is a fifth of each pass, for 32 bytes per edge.
 */
final class OutRows {

    static final int STRIDE = 4;
    static final int DELAY = 1;
    static final int LIKELIHOOD = 2;
    static final int MAX_IMPACT = 3;

    /** The code of an inert edge, which every pass skips. */
    static final long INERT = Long.MIN_VALUE;

    final long[] rows;

    private OutRows(long[] rows) {
        this.rows = rows;
    }

    /**
     * An edge's code: its target (≥ 0) if it stands alone, {@code -1 - group} if it is a member of
     * a group, {@link #INERT} if it passes nothing on.
     */
    static long code(int target, int group, boolean inert) {
        return inert ? INERT : group < 0 ? target : -1L - group;
    }

    /** The group of a code below 0 other than {@link #INERT}. */
    static int group(long code) {
        return (int) (-1L - code);
    }

    /** The rows of a packed graph's edges; {@code inert} may be null when no edge is. */
    static OutRows of(CascadeGraphBuilder.Parts g, boolean[] inert) {
        int edges = g.targets.length;
        long[] rows = new long[edges * STRIDE];
        for (int e = 0; e < edges; e++) {
            int at = e * STRIDE;
            rows[at] = code(g.targets[e], g.groups[e], inert != null && inert[e]);
            rows[at + DELAY] = Double.doubleToRawLongBits(g.delays[e]);
            rows[at + LIKELIHOOD] = Double.doubleToRawLongBits(g.likelihoods[e]);
            rows[at + MAX_IMPACT] = Double.doubleToRawLongBits(g.maxImpacts[e]);
        }
        return new OutRows(rows);
    }
}
