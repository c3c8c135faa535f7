package org.vigil.visual.anomaly;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.vigil.core.anomaly.StreamPoint;

/**
 * Where the chart's values and times fall in a plot area of the canvas, and which point lies nearest
 * the pointer. Needs no toolkit.
 */
record ChartScale(StreamChart chart, double left, double top, double width, double height) {

    double x(Instant time) {
        double span = Math.max(1, Duration.between(chart.start(), chart.end()).toMillis());
        return left + width * Duration.between(chart.start(), time).toMillis() / span;
    }

    double y(double value) {
        double span = chart.high() - chart.low();
        return top + height * (1 - (value - chart.low()) / span);
    }

    /** The point nearest to {@code x} horizontally, or -1 when there is none. */
    int nearest(double x) {
        List<StreamPoint> points = chart.points();
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < points.size(); i++) {
            double distance = Math.abs(x(points.get(i).time()) - x);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }
}
