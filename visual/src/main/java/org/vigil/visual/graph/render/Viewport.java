package org.vigil.visual.graph.render;

/**
 * The world-to-screen transform of a graph view: screen = world × scale + translation. Toolkit-free,
 * so zoom and pan maths is tested without JavaFX.
 */
final class Viewport {

    static final double MIN_SCALE = 1e-4;
    static final double MAX_SCALE = 40;

    /** Screen pixels left free round the extent by {@link #fit}. */
    static final double FIT_MARGIN = 24;

    private double scale = 1;
    private double translateX;
    private double translateY;

    double scale() {
        return scale;
    }

    double screenX(double worldX) {
        return worldX * scale + translateX;
    }

    double screenY(double worldY) {
        return worldY * scale + translateY;
    }

    double worldX(double screenX) {
        return (screenX - translateX) / scale;
    }

    double worldY(double screenY) {
        return (screenY - translateY) / scale;
    }

    /** Sets the transform outright (exports draw the world at a fixed scale). */
    void set(double newScale, double newTranslateX, double newTranslateY) {
        scale = clamp(newScale);
        translateX = newTranslateX;
        translateY = newTranslateY;
    }

    /** Zooms by a factor keeping the world point under the screen point where it is. */
    void zoomAt(double factor, double screenX, double screenY) {
        double wx = worldX(screenX);
        double wy = worldY(screenY);
        scale = clamp(scale * factor);
        translateX = screenX - wx * scale;
        translateY = screenY - wy * scale;
    }

    void panBy(double dx, double dy) {
        translateX += dx;
        translateY += dy;
    }

    /** Shows the whole world rectangle, centred, in a view of the given size. */
    void fit(double minX, double minY, double maxX, double maxY, double viewWidth, double viewHeight) {
        double w = Math.max(maxX - minX, 1e-9);
        double h = Math.max(maxY - minY, 1e-9);
        double margin = Math.min(FIT_MARGIN, Math.min(viewWidth, viewHeight) / 4);
        double sx = (viewWidth - 2 * margin) / w;
        double sy = (viewHeight - 2 * margin) / h;
        scale = clamp(Math.min(sx, sy));
        centreOn((minX + maxX) / 2, (minY + maxY) / 2, viewWidth, viewHeight);
    }

    /** Puts a world point at the centre of a view of the given size, keeping the zoom. */
    void centreOn(double worldX, double worldY, double viewWidth, double viewHeight) {
        translateX = viewWidth / 2 - worldX * scale;
        translateY = viewHeight / 2 - worldY * scale;
    }

    private static double clamp(double s) {
        if (!(s > 0) || Double.isInfinite(s)) {
            return 1;
        }
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
