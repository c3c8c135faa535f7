package org.vigil.core.cascade.iim;

/**
 * Resilience coefficients k_i of the dynamic model from recovery targets, as Haimes et al. (2005)
 * derive them: without coupling or perturbation sector i recovers as q_i(t) = q_i(0) e^{−k_i (1 −
 * a*_ii) t}, so reaching q_i(T_i) by time T_i takes k_i = ln(q_i(0) / q_i(T_i)) / (T_i (1 −
 * a*_ii)). In Vigil T_i is the service's RTO in simulation steps and q_i(T_i) a small fraction of
 * q_i(0) (by default 1 %).
 */
public final class ResilienceCoefficients {

    /** Recovered means down to 1 % of the initial inoperability, as in the DIIM literature. */
    public static final double DEFAULT_RECOVERED_FRACTION = 0.01;

    private ResilienceCoefficients() {}

    /**
     * k_i for a sector with self-dependency {@code selfDependency} (a*_ii) that is to be recovered,
     * down to {@code recoveredFraction} of its initial inoperability, within {@code recoverySteps}.
     *
     * <p>The discrete model cannot recover faster than all at once in one step (k_i (1 − a*_ii) =
     * 1; beyond that it overshoots and oscillates), so a target shorter than ln(1 / fraction) steps
     * gets that fastest stable coefficient, which still recovers the sector's own inoperability
     * within the target.
     */
    public static double forRecovery(double selfDependency, double recoverySteps, double recoveredFraction) {
        if (!(selfDependency >= 0 && selfDependency < 1)) {
            throw new IllegalArgumentException(
                    "self-dependency a*_ii must be within [0, 1) to recover at all, got " + selfDependency);
        }
        if (!(recoverySteps > 0 && recoverySteps < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(
                    "recovery time must be a positive number of steps, got " + recoverySteps);
        }
        if (!(recoveredFraction > 0 && recoveredFraction < 1)) {
            throw new IllegalArgumentException(
                    "recovered fraction of the initial inoperability must be within (0, 1), got " + recoveredFraction);
        }
        double k = Math.log(1 / recoveredFraction) / (recoverySteps * (1 - selfDependency));
        return Math.min(k, 1 / (1 - selfDependency));
    }
}
