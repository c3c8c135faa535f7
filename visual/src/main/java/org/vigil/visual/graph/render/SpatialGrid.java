package org.vigil.visual.graph.render;

import java.util.Arrays;

/**
 * A uniform grid over axis-aligned boxes in world coordinates: which items intersect a rectangle,
 * without looking at the others. Built once per scene (cells in one flat array, compressed-row
 * style); items spanning very many cells (long edges) are kept aside and tested one by one.
 * Queries reuse a stamp per item, so the grid is for one thread (the UI thread, or a test).
 */
final class SpatialGrid {

    /** An item over more cells than this is tested directly instead of filed in every cell. */
    private static final int MAX_CELLS_PER_ITEM = 64;

    private final double[] minX;
    private final double[] minY;
    private final double[] maxX;
    private final double[] maxY;
    private final double originX;
    private final double originY;
    private final double cell;
    private final int columns;
    private final int rows;
    private final int[] cellStart;
    private final int[] cellItems;
    private final int[] oversized;
    private final int[] stamp;
    private int query;

    /** Items are numbered by their position in the arrays (which are kept, not copied). */
    SpatialGrid(double[] minX, double[] minY, double[] maxX, double[] maxY) {
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
        int n = minX.length;
        stamp = new int[n];
        double loX = Double.POSITIVE_INFINITY;
        double loY = Double.POSITIVE_INFINITY;
        double hiX = Double.NEGATIVE_INFINITY;
        double hiY = Double.NEGATIVE_INFINITY;
        double extentSum = 0;
        for (int i = 0; i < n; i++) {
            loX = Math.min(loX, minX[i]);
            loY = Math.min(loY, minY[i]);
            hiX = Math.max(hiX, maxX[i]);
            hiY = Math.max(hiY, maxY[i]);
            extentSum += Math.max(maxX[i] - minX[i], maxY[i] - minY[i]);
        }
        if (n == 0) {
            loX = loY = 0;
            hiX = hiY = 1;
        }
        originX = loX;
        originY = loY;
        double w = Math.max(hiX - loX, 1e-9);
        double h = Math.max(hiY - loY, 1e-9);
        // About one item per cell, but no cell smaller than half a typical item.
        double size = Math.max(Math.sqrt(w * h / Math.max(1, n)), n == 0 ? 1 : extentSum / n / 2);
        size = Math.max(size, Math.max(w, h) / 4096);
        cell = size > 0 ? size : 1;
        columns = (int) Math.min(4096, Math.floor(w / cell) + 1);
        rows = (int) Math.min(4096, Math.floor(h / cell) + 1);

        int[] counts = new int[columns * rows + 1];
        int oversizedCount = 0;
        for (int i = 0; i < n; i++) {
            int c0 = column(minX[i]);
            int c1 = column(maxX[i]);
            int r0 = row(minY[i]);
            int r1 = row(maxY[i]);
            if ((long) (c1 - c0 + 1) * (r1 - r0 + 1) > MAX_CELLS_PER_ITEM) {
                oversizedCount++;
                continue;
            }
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    counts[r * columns + c + 1]++;
                }
            }
        }
        cellStart = new int[columns * rows + 1];
        for (int k = 1; k < cellStart.length; k++) {
            cellStart[k] = cellStart[k - 1] + counts[k];
        }
        cellItems = new int[cellStart[cellStart.length - 1]];
        oversized = new int[oversizedCount];
        int[] fill = new int[columns * rows];
        int o = 0;
        for (int i = 0; i < n; i++) {
            int c0 = column(minX[i]);
            int c1 = column(maxX[i]);
            int r0 = row(minY[i]);
            int r1 = row(maxY[i]);
            if ((long) (c1 - c0 + 1) * (r1 - r0 + 1) > MAX_CELLS_PER_ITEM) {
                oversized[o++] = i;
                continue;
            }
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    int k = r * columns + c;
                    cellItems[cellStart[k] + fill[k]++] = i;
                }
            }
        }
    }

    /** Adds to {@code out} every item whose box intersects the rectangle (edges included), once each. */
    void query(double qMinX, double qMinY, double qMaxX, double qMaxY, IntList out) {
        if (++query == 0) { // wrapped: old stamps could collide
            Arrays.fill(stamp, 0);
            query = 1;
        }
        for (int i : oversized) {
            if (intersects(i, qMinX, qMinY, qMaxX, qMaxY)) {
                out.add(i);
            }
        }
        if (qMaxX < originX || qMaxY < originY) {
            return;
        }
        int c0 = column(qMinX);
        int c1 = column(qMaxX);
        int r0 = row(qMinY);
        int r1 = row(qMaxY);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int k = r * columns + c;
                for (int p = cellStart[k]; p < cellStart[k + 1]; p++) {
                    int i = cellItems[p];
                    if (stamp[i] != query) {
                        stamp[i] = query;
                        if (intersects(i, qMinX, qMinY, qMaxX, qMaxY)) {
                            out.add(i);
                        }
                    }
                }
            }
        }
    }

    boolean intersects(int i, double qMinX, double qMinY, double qMaxX, double qMaxY) {
        return minX[i] <= qMaxX && maxX[i] >= qMinX && minY[i] <= qMaxY && maxY[i] >= qMinY;
    }

    private int column(double x) {
        return clampIndex((x - originX) / cell, columns);
    }

    private int row(double y) {
        return clampIndex((y - originY) / cell, rows);
    }

    private static int clampIndex(double v, int count) {
        if (!(v > 0)) {
            return 0;
        }
        return v >= count - 1 ? count - 1 : (int) v;
    }
}
