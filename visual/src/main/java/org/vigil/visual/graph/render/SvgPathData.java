package org.vigil.visual.graph.render;

import java.util.Locale;

/** A {@link PathSink} that writes SVG path data ({@code d}), numbers to two decimals. */
final class SvgPathData implements PathSink {

    private final StringBuilder d = new StringBuilder();

    @Override
    public void moveTo(double x, double y) {
        append('M', x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        append('L', x, y);
    }

    @Override
    public void quadTo(double cx, double cy, double x, double y) {
        d.append('Q').append(number(cx)).append(' ').append(number(cy)).append(' ');
        append(' ', x, y);
    }

    @Override
    public void arc(double cx, double cy, double r, double startDegrees, double extentDegrees) {
        // SVG cannot draw a full circle as one arc: do it in halves.
        if (Math.abs(extentDegrees) >= 360) {
            double half = Math.signum(extentDegrees) * 180;
            arc(cx, cy, r, startDegrees, half);
            arc(cx, cy, r, startDegrees + half, half);
            return;
        }
        double end = startDegrees + extentDegrees;
        // Positive extents turn counter-clockwise on screen, which is SVG's sweep-flag 0.
        d.append('A')
                .append(number(r))
                .append(' ')
                .append(number(r))
                .append(" 0 ")
                .append(Math.abs(extentDegrees) > 180 ? 1 : 0)
                .append(' ')
                .append(extentDegrees > 0 ? 0 : 1)
                .append(' ');
        append(' ', PathSink.arcX(cx, r, end), PathSink.arcY(cy, r, end));
    }

    @Override
    public void closePath() {
        d.append('Z');
    }

    boolean isEmpty() {
        return d.length() == 0;
    }

    @Override
    public String toString() {
        return d.toString().trim();
    }

    private void append(char command, double x, double y) {
        if (command != ' ') {
            d.append(command);
        }
        d.append(number(x)).append(' ').append(number(y)).append(' ');
    }

    static String number(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }
}
