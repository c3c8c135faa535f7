package org.vigil.visual.graph.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which labels of one frame are drawn: offered in order of importance, a label is taken
 * unless it overlaps one already taken by more than a small share of its area. Screen coordinates;
 * a coarse grid of buckets keeps each test local. Toolkit-free.
 */
final class LabelDeclutter {

    /**
     * Labels may share this many pixels side by side, and this share of a line's height above and
     * below (descenders, tight rows); anything more runs two texts into each other.
     */
    static final double ALLOWED_SIDE_OVERLAP_PX = 2;

    static final double ALLOWED_LINE_OVERLAP = 0.3;

    private static final double BUCKET = 96;

    private final Map<Long, List<double[]>> buckets = new HashMap<>();

    void clear() {
        buckets.clear();
    }

    /** Takes the label's box if it does not overlap the taken ones too much; says whether it did. */
    boolean offer(double x, double y, double w, double h) {
        int c0 = (int) Math.floor(x / BUCKET);
        int c1 = (int) Math.floor((x + w) / BUCKET);
        int r0 = (int) Math.floor(y / BUCKET);
        int r1 = (int) Math.floor((y + h) / BUCKET);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                for (double[] taken : buckets.getOrDefault(key(c, r), List.of())) {
                    double ox = Math.min(x + w, taken[0] + taken[2]) - Math.max(x, taken[0]);
                    double oy = Math.min(y + h, taken[1] + taken[3]) - Math.max(y, taken[1]);
                    if (ox > ALLOWED_SIDE_OVERLAP_PX && oy > ALLOWED_LINE_OVERLAP * Math.min(h, taken[3])) {
                        return false;
                    }
                }
            }
        }
        occupy(x, y, w, h);
        return true;
    }

    /** Marks a box as taken whatever overlaps it (a node's body). */
    void occupy(double x, double y, double w, double h) {
        int c0 = (int) Math.floor(x / BUCKET);
        int c1 = (int) Math.floor((x + w) / BUCKET);
        int r0 = (int) Math.floor(y / BUCKET);
        int r1 = (int) Math.floor((y + h) / BUCKET);
        double[] box = {x, y, w, h};
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                buckets.computeIfAbsent(key(c, r), k -> new ArrayList<>()).add(box);
            }
        }
    }

    /** A label's width in pixels, estimated from its length (measuring text per frame costs too much). */
    static double estimatedWidth(String text, double size) {
        return text.length() * size * 0.58;
    }

    private static long key(int c, int r) {
        return ((long) c << 32) ^ (r & 0xffffffffL);
    }
}
