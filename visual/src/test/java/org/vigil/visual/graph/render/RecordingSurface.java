package org.vigil.visual.graph.render;

import java.util.ArrayList;
import java.util.List;

/** A surface that counts what is drawn: paths filled and stroked, and the texts. */
final class RecordingSurface implements Surface {

    int fills;
    int strokes;
    int subpaths;
    final List<String> texts = new ArrayList<>();
    final List<Integer> strokeColours = new ArrayList<>();
    /** Each stroke as colour/width, e.g. "0/1.2" for a black 1.2 px line. */
    final List<String> strokeStyles = new ArrayList<>();

    @Override
    public void clear(int rgb, double width, double height) {}

    @Override
    public void fillRect(double x, double y, double w, double h, int rgb, double alpha) {}

    @Override
    public void beginPath() {}

    @Override
    public void moveTo(double x, double y) {
        subpaths++;
    }

    @Override
    public void lineTo(double x, double y) {}

    @Override
    public void quadTo(double cx, double cy, double x, double y) {}

    @Override
    public void arc(double cx, double cy, double r, double startDegrees, double extentDegrees) {}

    @Override
    public void closePath() {}

    @Override
    public void rect(double x, double y, double w, double h) {
        subpaths++;
    }

    @Override
    public void fill(int rgb, double alpha) {
        fills++;
    }

    @Override
    public void stroke(int rgb, double alpha, double width, LineDash dash) {
        strokes++;
        strokeColours.add(rgb);
        strokeStyles.add(rgb + "/" + width);
    }

    @Override
    public void text(
            String text, double x, double y, double size, boolean bold, int rgb, double alpha, TextAnchor anchor) {
        texts.add(text);
    }
}
