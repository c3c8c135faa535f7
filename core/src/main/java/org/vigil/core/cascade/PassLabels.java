package org.vigil.core.cascade;

/**
 * One label-setting pass's label per asset, interleaved with the asset's range of out-edges: at
 * {@code 2a} the raw bits of asset a's label, at {@code 2a + 1} its {@link #outEdges(int) out-edge
 * range}.
 *
 * <p>Why: a pass reads an asset's label when an edge reaches it, and its out-edges when it settles
 * it, both at random. Side by side, the range comes with the label's cache line and travels in the
 * queue with the asset, so settling it costs no miss of its own.
 */
final class PassLabels {

    private final long[] rows;

    /** Every asset's label {@code initial}. */
    PassLabels(CascadeGraph g, double initial) {
        int n = g.assetCount();
        rows = new long[2 * n];
        long bits = Double.doubleToRawLongBits(initial);
        int[] offsets = g.outOffsets;
        for (int a = 0; a < n; a++) {
            rows[2 * a] = bits;
            rows[2 * a + 1] = ((long) offsets[a] << 32) | offsets[a + 1];
        }
    }

    int size() {
        return rows.length / 2;
    }

    double get(int asset) {
        return Double.longBitsToDouble(rows[2 * asset]);
    }

    void set(int asset, double label) {
        rows[2 * asset] = Double.doubleToRawLongBits(label);
    }

    /** The asset's out-edges: the first in the high 32 bits, the end in the low ones. */
    long outEdges(int asset) {
        return rows[2 * asset + 1];
    }

    static int first(long outEdges) {
        return (int) (outEdges >>> 32);
    }

    static int end(long outEdges) {
        return (int) outEdges;
    }

    /** The labels as an asset-indexed array. */
    double[] toArray() {
        double[] labels = new double[size()];
        for (int a = 0; a < labels.length; a++) {
            labels[a] = Double.longBitsToDouble(rows[2 * a]);
        }
        return labels;
    }
}
