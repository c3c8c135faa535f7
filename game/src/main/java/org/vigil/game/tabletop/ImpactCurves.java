package org.vigil.game.tabletop;

import java.util.List;
import org.vigil.core.cascade.CascadeResult;

/**
 * The chart's data: each service's impact at the chart's minutes in the base run (nobody acts) and in
 * the player's run, and the exercise clock's "now". Plain values, read off the runs' horizons.
 */
record ImpactCurves(List<String> services, List<Double> minutes, double[][] base, double[][] yours, double now) {

    static ImpactCurves of(
            List<String> services, List<Double> minutes, CascadeResult base, CascadeResult yours, double now) {
        double[][] b = new double[services.size()][minutes.size()];
        double[][] y = new double[services.size()][minutes.size()];
        for (int s = 0; s < services.size(); s++) {
            for (int h = 0; h < minutes.size(); h++) {
                b[s][h] = base.impact(services.get(s), h);
                y[s][h] = yours.impact(services.get(s), h);
            }
        }
        return new ImpactCurves(List.copyOf(services), List.copyOf(minutes), b, y, now);
    }

    /** Where a minute falls on the chart's x axis, from 0 (first minute) to 1 (last), on a log scale. */
    double position(double minute) {
        double first = Math.log(minutes.get(0));
        double last = Math.log(minutes.get(minutes.size() - 1));
        double at = Math.log(Math.max(minutes.get(0), Math.min(minute, minutes.get(minutes.size() - 1))));
        return (at - first) / (last - first);
    }
}
