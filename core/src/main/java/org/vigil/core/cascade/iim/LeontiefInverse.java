package org.vigil.core.cascade.iim;

/**
 * (I − A*)⁻¹ of a non-negative interdependency matrix A*, kept as the LU factors of I − A*.
 *
 * <p>The model is meaningful only if the spectral radius of A* is below 1: then the Neumann series
 * I + A* + A*² + … converges to (I − A*)⁻¹, which is non-negative, so a non-negative perturbation
 * never yields a negative inoperability (Perron–Frobenius). Row sums below 1 would be sufficient
 * but not necessary (A* = [[0, 1.5], [0.1, 0]] has radius 0.39), and power iteration does not
 * converge on periodic matrices such as Haimes and Jiang's [[0, 0.8], [0.2, 0]]. The exact,
 * finite test is Hawkins–Simon: I − A* has non-positive off-diagonal entries, and such a matrix is
 * a nonsingular M-matrix (equivalently ρ(A*) &lt; 1) if and only if all its leading principal
 * minors are positive. Gaussian elimination without pivoting produces exactly those minors as
 * products of its pivots, so the check and the factorisation are the same loop. No pivoting is
 * needed for stability either: an M-matrix is diagonally dominant after a positive diagonal
 * scaling, which elimination without pivoting does not notice, so it behaves as on a diagonally
 * dominant matrix (Funderlic, Neumann and Plemmons 1982, "LU decompositions of generalized
 * diagonally dominant matrices").
 */
final class LeontiefInverse {

    /** A pivot this small means a leading minor of I − A* is not positive: ρ(A*) is (almost) 1. */
    private static final double SMALLEST_PIVOT = 1e-12;

    private final double[][] lu;

    private LeontiefInverse(double[][] lu) {
        this.lu = lu;
    }

    /** Factorises I − A*; refused if A* has spectral radius 1 or more. */
    static LeontiefInverse of(double[][] interdependency, SectorIndex sectors) {
        int n = interdependency.length;
        double[][] lu = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                lu[i][j] = (i == j ? 1.0 : 0.0) - interdependency[i][j];
            }
        }
        for (int k = 0; k < n; k++) {
            double pivot = lu[k][k];
            if (!(pivot > SMALLEST_PIVOT)) {
                throw new IllegalArgumentException("the interdependency matrix has spectral radius 1 or more, so"
                        + " inoperability would grow without bound (I − A* fails the Hawkins–Simon condition"
                        + " at sector '" + sectors.ids().get(k) + "'); weaken the couplings, e.g. with a row-sum"
                        + " cap below 1");
            }
            for (int i = k + 1; i < n; i++) {
                double factor = lu[i][k] / pivot;
                lu[i][k] = factor;
                for (int j = k + 1; j < n; j++) {
                    lu[i][j] -= factor * lu[k][j];
                }
            }
        }
        return new LeontiefInverse(lu);
    }

    /** x with (I − A*) x = rhs. */
    double[] solve(double[] rhs) {
        int n = lu.length;
        double[] x = rhs.clone();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                x[i] -= lu[i][j] * x[j];
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int j = i + 1; j < n; j++) {
                x[i] -= lu[i][j] * x[j];
            }
            x[i] /= lu[i][i];
        }
        return x;
    }

    double[][] matrix() {
        int n = lu.length;
        double[][] inverse = new double[n][n];
        for (int j = 0; j < n; j++) {
            double[] unit = new double[n];
            unit[j] = 1.0;
            double[] column = solve(unit);
            for (int i = 0; i < n; i++) {
                inverse[i][j] = column[i];
            }
        }
        return inverse;
    }
}
