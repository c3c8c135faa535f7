package org.vigil.visual.graph.render;

/**
 * What {@link ScenePainter} draws on, in screen pixels: the JavaFX canvas or a Java2D image. Paths are
 * built with the {@link PathSink} calls between {@link #beginPath()} and one {@link #fill} or {@link
 * #stroke}, which is how the painter batches everything of one style into a single path.
 */
interface Surface extends PathSink {

    void clear(int rgb, double width, double height);

    void fillRect(double x, double y, double w, double h, int rgb, double alpha);

    void beginPath();

    void fill(int rgb, double alpha);

    void stroke(int rgb, double alpha, double width, LineDash dash);

    void text(String text, double x, double y, double size, boolean bold, int rgb, double alpha, TextAnchor anchor);
}
