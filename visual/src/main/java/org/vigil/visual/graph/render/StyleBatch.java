package org.vigil.visual.graph.render;

/**
 * One path for everything of one style: shapes are added between {@link #begin} and {@link #end},
 * and the path is filled or stroked once, only if anything was added.
 *
 * <p>Splitting a style's path into screen-local pieces (so the rasteriser covers less area per path)
 * was tried and measured: under JavaFX's software pipeline it made no difference, the cost follows
 * the pixels stroked and filled, so the simple form stays.
 */
final class StyleBatch {

    private Surface surface;
    private Runnable finish;
    private int shapes;
    private int paths;

    /** Starts a path whose drawing (fill, stroke) is {@code finishPath}. */
    void begin(Surface target, Runnable finishPath) {
        surface = target;
        finish = finishPath;
        shapes = 0;
        surface.beginPath();
    }

    /** Notes that a shape is about to be added to the path. */
    void add() {
        shapes++;
    }

    /** Draws the path if anything was added. */
    void end() {
        if (shapes > 0) {
            finish.run();
            paths++;
            shapes = 0;
        }
    }

    /** Paths drawn since the count was last taken. */
    int takePaths() {
        int n = paths;
        paths = 0;
        return n;
    }
}
