package org.vigil.core.cascade.iim;

/**
 * The normalised demand perturbation c*(t) of the dynamic model: for each step, the fraction of
 * each sector's as-planned output that is directly lost during that step, in the model's sector
 * order. An empty array means no perturbation during that step.
 */
@FunctionalInterface
public interface Perturbation {

    double[] at(int step);

    /** Nothing acts from outside: the sectors only recover from their initial inoperability. */
    static Perturbation none() {
        double[] nothing = new double[0];
        return step -> nothing;
    }

    /** The same perturbation during every step. */
    static Perturbation constant(double... demand) {
        double[] fixed = demand.clone();
        return step -> fixed;
    }

    /** {@code demand} during steps {@code fromStep} (inclusive) to {@code untilStep} (exclusive). */
    static Perturbation during(int fromStep, int untilStep, double... demand) {
        if (fromStep < 0 || untilStep < fromStep) {
            throw new IllegalArgumentException(
                    "a perturbation needs 0 <= fromStep <= untilStep, got " + fromStep + " and " + untilStep);
        }
        double[] fixed = demand.clone();
        double[] nothing = new double[0];
        return step -> step >= fromStep && step < untilStep ? fixed : nothing;
    }
}
