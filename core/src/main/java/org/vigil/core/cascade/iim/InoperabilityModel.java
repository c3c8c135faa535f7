package org.vigil.core.cascade.iim;

import java.util.List;
import java.util.Objects;

/**
 * The inoperability input-output model of interdependent business services (Haimes et al. 2005,
 * "Inoperability input-output model for interdependent infrastructure sectors", J. Infrastructure
 * Systems 11(2); dynamic form after Lian and Haimes 2006, Systems Engineering 9(3)).
 *
 * <p>Sectors are business services, known by their asset ids. The inoperability q_i ∈ [0, 1] is the
 * share of sector i's as-planned output that is lost; a*_ij (≥ 0) is how much of sector j's
 * inoperability becomes sector i's, because i depends on j; c*_i is the demand perturbation acting
 * on sector i directly. The static model is q = A* q + c*, so q = (I − A*)⁻¹ c*; the dynamic model
 * is q(t+1) = q(t) + K [A* q(t) + c*(t) − q(t)] with K = diag(k_i) the resilience coefficients.
 * Inoperability is a fraction, so both are reported clamped to [0, 1].
 *
 * <p>A* must have spectral radius below 1 (see {@link LeontiefInverse}); {@link
 * InterdependencyBuilder} keeps it there by construction.
 */
public final class InoperabilityModel {

    private static final double MINUTES_PER_DAY = 24 * 60;

    /** Room for rounding when k_i comes out as exactly 1 / (1 − a*_ii). */
    private static final double STABILITY_SLACK = 1e-12;

    private final SectorIndex sectors;
    private final double[][] interdependency;
    private final double[] plannedOutputPerDay;
    private final LeontiefInverse leontiefInverse;

    /**
     * @param sectorIds the business services, in the order of the matrix rows and columns
     * @param interdependency A*, with a*_ij ≥ 0 for sector i depending on sector j
     * @param plannedOutputPerDay x_i, what each service delivers per day when fully working (as in
     *     its continuity targets), which prices its inoperability
     */
    public InoperabilityModel(List<String> sectorIds, double[][] interdependency, double[] plannedOutputPerDay) {
        this.sectors = SectorIndex.of(sectorIds);
        this.interdependency = checkedMatrix(interdependency, sectors);
        this.plannedOutputPerDay =
                sectors.checkedVector(plannedOutputPerDay, "planned output per day", 0, Double.MAX_VALUE);
        this.leontiefInverse = LeontiefInverse.of(this.interdependency, sectors);
    }

    public List<String> sectorIds() {
        return sectors.ids();
    }

    public double[][] interdependency() {
        return copy(interdependency);
    }

    public double[] plannedOutputPerDay() {
        return plannedOutputPerDay.clone();
    }

    /** (I − A*)⁻¹: entry (i, j) is how much inoperability a unit perturbation of j causes in i. */
    public double[][] leontiefInverse() {
        return leontiefInverse.matrix();
    }

    /**
     * The static model's inoperability q = (I − A*)⁻¹ c*, clamped to [0, 1]: what the sectors settle
     * at if {@code demandPerturbation} persists.
     */
    public double[] equilibrium(double[] demandPerturbation) {
        double[] perturbation = sectors.checkedVector(demandPerturbation, "demand perturbation", 0, 1);
        double[] q = leontiefInverse.solve(perturbation);
        for (int i = 0; i < q.length; i++) {
            q[i] = clamp(q[i]);
        }
        return q;
    }

    /**
     * Resilience coefficients for recovering each sector, down to {@code recoveredFraction} of its
     * initial inoperability, within its recovery time in steps (in Vigil its RTO divided by the step
     * length); see {@link ResilienceCoefficients#forRecovery}.
     */
    public double[] resilienceForRecovery(double[] recoverySteps, double recoveredFraction) {
        double[] steps = sectors.checkedVector(recoverySteps, "recovery time", 0, Double.MAX_VALUE);
        double[] k = new double[steps.length];
        for (int i = 0; i < k.length; i++) {
            try {
                k[i] = ResilienceCoefficients.forRecovery(interdependency[i][i], steps[i], recoveredFraction);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("sector '" + sectors.ids().get(i) + "': " + e.getMessage(), e);
            }
        }
        return k;
    }

    /** {@link #resilienceForRecovery(double[], double)} to 1 % of the initial inoperability. */
    public double[] resilienceForRecovery(double[] recoverySteps) {
        return resilienceForRecovery(recoverySteps, ResilienceCoefficients.DEFAULT_RECOVERED_FRACTION);
    }

    /**
     * Runs the dynamic model for {@code steps} steps of {@code stepMinutes} each from {@code
     * initialInoperability}, under {@code perturbation}, with resilience coefficients {@code
     * resilience} (the diagonal of K, per step).
     *
     * <p>Each k_i must be positive with k_i (1 − a*_ii) ≤ 1: then I − K (I − A*) is non-negative and,
     * as ρ(A*) &lt; 1, has spectral radius below 1, so q stays non-negative and recovers instead of
     * oscillating. The loss of sector i is x_i Σ q_i(t) Δt over the steps t = 0 … steps − 1, each
     * step priced at the inoperability it starts with.
     */
    public RecoveryTrajectory simulate(
            double[] initialInoperability,
            Perturbation perturbation,
            double[] resilience,
            int steps,
            double stepMinutes) {
        Objects.requireNonNull(perturbation, "perturbation");
        double[] q0 = sectors.checkedVector(initialInoperability, "initial inoperability", 0, 1);
        double[] k = checkedResilience(resilience);
        if (steps < 0) {
            throw new IllegalArgumentException("number of steps must not be negative, got " + steps);
        }
        if (!(stepMinutes > 0 && stepMinutes < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("step length must be a positive number of minutes, got " + stepMinutes);
        }
        int n = sectors.size();
        double[][] q = new double[steps + 1][];
        q[0] = q0;
        double[] stepSums = new double[n];
        for (int t = 0; t < steps; t++) {
            double[] now = q[t];
            double[] demand = perturbationAt(perturbation, t);
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                double coupled = 0;
                for (int j = 0; j < n; j++) {
                    coupled += interdependency[i][j] * now[j];
                }
                next[i] = clamp(now[i] + k[i] * (coupled + demand[i] - now[i]));
                stepSums[i] += now[i];
            }
            q[t + 1] = next;
        }
        double days = stepMinutes / MINUTES_PER_DAY;
        double[] loss = new double[n];
        for (int i = 0; i < n; i++) {
            loss[i] = plannedOutputPerDay[i] * stepSums[i] * days;
        }
        return new RecoveryTrajectory(sectors.ids(), q, stepMinutes, loss);
    }

    private double[] checkedResilience(double[] resilience) {
        double[] k = sectors.checkedVector(resilience, "resilience coefficient", 0, Double.MAX_VALUE);
        for (int i = 0; i < k.length; i++) {
            String sector = sectors.ids().get(i);
            if (!(k[i] > 0)) {
                throw new IllegalArgumentException(
                        "resilience coefficient of sector '" + sector + "' must be positive, got " + k[i]);
            }
            double rate = k[i] * (1 - interdependency[i][i]);
            if (rate > 1 + STABILITY_SLACK) {
                throw new IllegalArgumentException("resilience coefficient of sector '" + sector + "' is " + k[i]
                        + ": k (1 − a*_ii) = " + rate + " exceeds 1, so the step overshoots and oscillates;"
                        + " use shorter steps or a smaller coefficient");
            }
        }
        return k;
    }

    private double[] perturbationAt(Perturbation perturbation, int step) {
        double[] demand = perturbation.at(step);
        if (demand == null || demand.length == 0) {
            return new double[sectors.size()];
        }
        return sectors.checkedVector(demand, "demand perturbation at step " + step, 0, 1);
    }

    private static double[][] checkedMatrix(double[][] matrix, SectorIndex sectors) {
        int n = sectors.size();
        if (matrix == null) {
            throw new IllegalArgumentException("interdependency matrix is missing");
        }
        if (matrix.length != n) {
            throw new IllegalArgumentException(
                    "interdependency matrix has " + matrix.length + " rows but there are " + n + " sectors");
        }
        double[][] checked = new double[n][];
        for (int i = 0; i < n; i++) {
            if (matrix[i] == null || matrix[i].length != n) {
                throw new IllegalArgumentException("interdependency matrix must be square: row " + i + " has "
                        + (matrix[i] == null ? 0 : matrix[i].length) + " entries, expected " + n);
            }
            for (int j = 0; j < n; j++) {
                double a = matrix[i][j];
                if (!(a >= 0 && a < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException(
                            "interdependency of '" + sectors.ids().get(i) + "' on '"
                                    + sectors.ids().get(j) + "' is " + a + ", must be a finite number ≥ 0");
                }
            }
            checked[i] = matrix[i].clone();
        }
        return checked;
    }

    private static double clamp(double q) {
        return Math.max(0, Math.min(1, q));
    }

    private static double[][] copy(double[][] matrix) {
        double[][] copy = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }
}
