package org.vigil.core.cascade;

/**
 * What the passes and the impact evaluation read of each redundancy group's members, interleaved
 * in member order: for the member at position {@code p} of the group-member rows, at {@code 5p} its
 * source (low 32 bits) and growth ordinal (high 32 bits), then the raw bits of its delay,
 * likelihood, maxImpact and ramp.
 *
 * <p>Why: a group's value is worked out when its last member's source settles, at a random moment
 * for a random group; through {@link CascadeGraph#groupMember(int)} each member is a jump to a
 * random edge index in several edge-indexed arrays, here the members are one or two cache lines.
 */
final class GroupRows {

    static final int STRIDE = 5;
    static final int DELAY = 1;
    static final int LIKELIHOOD = 2;
    static final int MAX_IMPACT = 3;
    static final int RAMP = 4;

    final long[] rows;

    private GroupRows(long[] rows) {
        this.rows = rows;
    }

    static int source(long first) {
        return (int) first;
    }

    static int growth(long first) {
        return (int) (first >>> 32);
    }

    static GroupRows of(CascadeGraphBuilder.Parts g) {
        int members = g.groupMembers.length;
        long[] rows = new long[members * STRIDE];
        for (int p = 0; p < members; p++) {
            int e = g.groupMembers[p];
            int at = p * STRIDE;
            rows[at] = g.sources[e] | ((long) g.growths[e] << 32);
            rows[at + DELAY] = Double.doubleToRawLongBits(g.delays[e]);
            rows[at + LIKELIHOOD] = Double.doubleToRawLongBits(g.likelihoods[e]);
            rows[at + MAX_IMPACT] = Double.doubleToRawLongBits(g.maxImpacts[e]);
            rows[at + RAMP] = Double.doubleToRawLongBits(g.ramps[e]);
        }
        return new GroupRows(rows);
    }
}
