package org.vigil.visual.graph.render;

/**
 * Which node the arrow keys move the selection to: the nearest node whose centre lies in that
 * direction, sideways distance counting double so that a node straight ahead wins over a closer one
 * far off to the side. Toolkit-free.
 */
final class DirectionalNavigation {

    /** Sideways offset weighs this much more than distance ahead. */
    private static final double SIDEWAYS_WEIGHT = 2;

    /**
     * The next node from {@code current} in the direction, or -1 if none lies that way. With no
     * current node (-1), the node nearest the given world point (the view's centre).
     */
    int next(SceneIndex index, int current, Direction direction, double centreX, double centreY) {
        if (current < 0) {
            return nearest(index, centreX, centreY);
        }
        double cx = index.x(current);
        double cy = index.y(current);
        int best = -1;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int i = 0; i < index.nodeCount(); i++) {
            if (i == current) {
                continue;
            }
            double dx = index.x(i) - cx;
            double dy = index.y(i) - cy;
            double ahead = dx * direction.dx + dy * direction.dy;
            double sideways = Math.abs(dx * direction.dy - dy * direction.dx);
            // Within 63° of the direction: a node more sideways than ahead belongs to another arrow.
            if (ahead <= 0 || sideways > 2 * ahead) {
                continue;
            }
            double score = ahead * ahead + SIDEWAYS_WEIGHT * SIDEWAYS_WEIGHT * sideways * sideways;
            if (score < bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    private static int nearest(SceneIndex index, double wx, double wy) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < index.nodeCount(); i++) {
            double dx = index.x(i) - wx;
            double dy = index.y(i) - wy;
            double d = dx * dx + dy * dy;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }
}
