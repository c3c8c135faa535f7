package org.vigil.core.cascade.iim;

import java.util.List;

/**
 * Derives the interdependency matrix A* from Vigil's dependency model. For each ordered pair of
 * business services where one depends on the other, the caller gives a coupling strength in [0, 1]:
 * the likelihood × maximum impact of the strongest dependency chain from the supplier to the
 * dependent. That strength becomes a*_ij.
 *
 * <p>Coupling strengths are judged pair by pair, so together they can claim more than a service
 * has: a service fed by three suppliers at 0.8 each would lose 2.4 times its own output. Such a
 * matrix is not productive (spectral radius ≥ 1) and inoperability would grow without bound. So
 * every row whose sum exceeds the row-sum cap (default {@value #DEFAULT_ROW_SUM_CAP}) is scaled
 * down proportionally to sum to the cap, keeping the suppliers' relative weights; rows within the
 * cap are left as given. With every row sum at most the cap &lt; 1, the spectral radius is at most
 * the cap, so the model is always solvable and every disturbance dies out.
 */
public final class InterdependencyBuilder {

    public static final double DEFAULT_ROW_SUM_CAP = 0.9;

    private final SectorIndex sectors;
    private final double[][] coupling;
    private double rowSumCap = DEFAULT_ROW_SUM_CAP;

    public InterdependencyBuilder(List<String> sectorIds) {
        this.sectors = SectorIndex.of(sectorIds);
        this.coupling = new double[sectors.size()][sectors.size()];
    }

    /** The largest row sum A* may have; must be within (0, 1). */
    public InterdependencyBuilder rowSumCap(double cap) {
        if (!(cap > 0 && cap < 1)) {
            throw new IllegalArgumentException("row-sum cap must be within (0, 1) for a productive model, got " + cap);
        }
        this.rowSumCap = cap;
        return this;
    }

    /**
     * {@code dependent} depends on {@code supplier} with the given strength. Given twice for the
     * same pair, the stronger counts, as the strongest chain does.
     */
    public InterdependencyBuilder coupling(String dependent, String supplier, double strength) {
        int i = sectors.positionOf(dependent);
        int j = sectors.positionOf(supplier);
        if (i == j) {
            throw new IllegalArgumentException("sector '" + dependent + "' cannot be coupled to itself");
        }
        if (!(strength >= 0 && strength <= 1)) {
            throw new IllegalArgumentException(
                    "coupling of '" + dependent + "' to '" + supplier + "' is " + strength + ", must be within [0, 1]");
        }
        coupling[i][j] = Math.max(coupling[i][j], strength);
        return this;
    }

    /** A*, rows scaled down to the row-sum cap where needed. */
    public double[][] build() {
        int n = sectors.size();
        double[][] matrix = new double[n][];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (double strength : coupling[i]) {
                sum += strength;
            }
            double scale = sum > rowSumCap ? rowSumCap / sum : 1;
            matrix[i] = new double[n];
            for (int j = 0; j < n; j++) {
                matrix[i][j] = coupling[i][j] * scale;
            }
        }
        return matrix;
    }

    /** The model over A* with each service's planned output per day, in sector order. */
    public InoperabilityModel model(double[] plannedOutputPerDay) {
        return new InoperabilityModel(sectors.ids(), build(), plannedOutputPerDay);
    }
}
