package org.vigil.core.cascade.iim;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Inputs the model cannot work with are refused with a message that says what is wrong. */
class InvalidInputTest {

    private static final List<String> WEB_AND_DB = List.of("web", "db");
    private static final double[][] COUPLED = {{0, 0.5}, {0, 0}};
    private static final double[] OUTPUT = {100, 100};

    private static InoperabilityModel model() {
        return new InoperabilityModel(WEB_AND_DB, COUPLED, OUTPUT);
    }

    @Test
    void sectorsMustBeNamedOnceEach() {
        assertThatThrownBy(() -> new InoperabilityModel(List.of(), new double[0][0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a model needs at least one sector");
        assertThatThrownBy(() -> new InoperabilityModel(List.of("web", "web"), COUPLED, OUTPUT))
                .hasMessage("sector 'web' is listed twice");
        assertThatThrownBy(() -> new InoperabilityModel(List.of("web", " "), COUPLED, OUTPUT))
                .hasMessage("sector 1 has no id");
    }

    @Test
    void theMatrixMustBeSquareWithOneRowAndColumnPerSector() {
        assertThatThrownBy(() -> new InoperabilityModel(WEB_AND_DB, new double[][] {{0, 0}}, OUTPUT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interdependency matrix has 1 rows but there are 2 sectors");
        assertThatThrownBy(() -> new InoperabilityModel(WEB_AND_DB, new double[][] {{0, 0}, {0, 0, 0}}, OUTPUT))
                .hasMessage("interdependency matrix must be square: row 1 has 3 entries, expected 2");
    }

    @Test
    void interdependenciesMustBeFiniteAndNonNegative() {
        assertThatThrownBy(() -> new InoperabilityModel(WEB_AND_DB, new double[][] {{0, -0.1}, {0, 0}}, OUTPUT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interdependency of 'web' on 'db' is -0.1, must be a finite number ≥ 0");
        assertThatThrownBy(() -> new InoperabilityModel(WEB_AND_DB, new double[][] {{0, 0}, {Double.NaN, 0}}, OUTPUT))
                .hasMessage("interdependency of 'db' on 'web' is NaN, must be a finite number ≥ 0");
    }

    @Test
    void aMatrixWithSpectralRadiusOfOneOrMoreIsRefused() {
        // ρ = 1 exactly (a disturbance circulates for ever), and ρ = 1.1 (it grows)
        assertThatThrownBy(() -> new InoperabilityModel(WEB_AND_DB, new double[][] {{0, 1}, {1, 0}}, OUTPUT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the interdependency matrix has spectral radius 1 or more")
                .hasMessageContaining("at sector 'db'");
        assertThatThrownBy(() -> new InoperabilityModel(WEB_AND_DB, new double[][] {{0.5, 0.6}, {0.6, 0.5}}, OUTPUT))
                .hasMessageStartingWith("the interdependency matrix has spectral radius 1 or more");
        assertThatThrownBy(() -> new InoperabilityModel(List.of("web"), new double[][] {{1.0}}, new double[] {1}))
                .hasMessageContaining("at sector 'web'");
    }

    @Test
    void plannedOutputMustBeGivenForEverySectorAndNotNegative() {
        assertThatThrownBy(() -> new InoperabilityModel(WEB_AND_DB, COUPLED, new double[] {100}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("planned output per day has 1 entries but there are 2 sectors");
        assertThatThrownBy(() -> new InoperabilityModel(WEB_AND_DB, COUPLED, new double[] {100, -5}))
                .hasMessage("planned output per day of sector 'db' is -5.0, must be a finite number ≥ 0.0");
    }

    @Test
    void demandPerturbationsMustBeFractions() {
        assertThatThrownBy(() -> model().equilibrium(new double[] {0.1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("demand perturbation has 1 entries but there are 2 sectors");
        assertThatThrownBy(() -> model().equilibrium(new double[] {0.1, 1.5}))
                .hasMessage("demand perturbation of sector 'db' is 1.5, must be within [0.0, 1.0]");
        assertThatThrownBy(() -> model().simulate(
                                new double[] {0, 0},
                                step -> step == 3 ? new double[] {0.2} : new double[0],
                                new double[] {0.5, 0.5},
                                5,
                                10))
                .hasMessage("demand perturbation at step 3 has 1 entries but there are 2 sectors");
        assertThatThrownBy(() -> Perturbation.during(4, 2, 0.1, 0.1))
                .hasMessage("a perturbation needs 0 <= fromStep <= untilStep, got 4 and 2");
    }

    @Test
    void initialInoperabilityMustBeAFraction() {
        assertThatThrownBy(() ->
                        model().simulate(new double[] {0, 1.2}, Perturbation.none(), new double[] {0.5, 0.5}, 5, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("initial inoperability of sector 'db' is 1.2, must be within [0.0, 1.0]");
    }

    @Test
    void resilienceCoefficientsMustBePositive() {
        assertThatThrownBy(() ->
                        model().simulate(new double[] {0, 0.5}, Perturbation.none(), new double[] {0.5, 0}, 5, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resilience coefficient of sector 'db' must be positive, got 0.0");
        assertThatThrownBy(
                        () -> model().simulate(new double[] {0, 0.5}, Perturbation.none(), new double[] {0.5}, 5, 10))
                .hasMessage("resilience coefficient has 1 entries but there are 2 sectors");
    }

    @Test
    void resilienceCoefficientsThatOvershootInOneStepAreRefused() {
        // given web's self-dependency 0.5, so k = 2.5 gives k (1 − a) = 1.25
        var model = new InoperabilityModel(WEB_AND_DB, new double[][] {{0.5, 0}, {0, 0}}, OUTPUT);

        assertThatThrownBy(
                        () -> model.simulate(new double[] {0.5, 0}, Perturbation.none(), new double[] {2.5, 1}, 5, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resilience coefficient of sector 'web' is 2.5: k (1 − a*_ii) = 1.25 exceeds 1, so the"
                        + " step overshoots and oscillates; use shorter steps or a smaller coefficient");
    }

    @Test
    void stepsMustMakeSense() {
        assertThatThrownBy(() ->
                        model().simulate(new double[] {0, 0.5}, Perturbation.none(), new double[] {0.5, 0.5}, -1, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("number of steps must not be negative, got -1");
        assertThatThrownBy(() ->
                        model().simulate(new double[] {0, 0.5}, Perturbation.none(), new double[] {0.5, 0.5}, 5, 0))
                .hasMessage("step length must be a positive number of minutes, got 0.0");
    }
}
