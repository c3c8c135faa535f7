package org.vigil.core.cascade.iim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The static model q = (I − A*)⁻¹ c*, on cases small enough to check by hand. */
class StaticEquilibriumTest {

    private static final List<String> WEB_AND_DB = List.of("web", "db");
    private static final double[] NO_OUTPUT = {0, 0};

    @Test
    void withoutPerturbationNothingIsInoperable() {
        // given
        var model = new InoperabilityModel(WEB_AND_DB, new double[][] {{0.1, 0.5}, {0.2, 0.0}}, NO_OUTPUT);

        // when
        double[] q = model.equilibrium(new double[] {0, 0});

        // then
        assertThat(q).containsExactly(0, 0);
    }

    @Test
    void aDisruptedSupplierPassesItsInoperabilityOnToItsDependent() {
        // given web depends on db with strength 0.5, db on nothing
        var model = new InoperabilityModel(WEB_AND_DB, new double[][] {{0, 0.5}, {0, 0}}, NO_OUTPUT);

        // when db loses 40 %
        double[] q = model.equilibrium(new double[] {0, 0.4});

        // then web loses half of that, and nothing flows back to db
        assertThat(q).containsExactly(new double[] {0.2, 0.4}, within(1e-12));
    }

    @Test
    void mutualDependencyAmplifiesThePerturbation() {
        // given web and db depend on each other with 0.5: q_web = 0.5 q_db, q_db = 0.5 q_web + 0.3
        var model = new InoperabilityModel(WEB_AND_DB, new double[][] {{0, 0.5}, {0.5, 0}}, NO_OUTPUT);

        // when
        double[] q = model.equilibrium(new double[] {0, 0.3});

        // then q_db = 0.3 / (1 − 0.25) = 0.4, q_web = 0.2
        assertThat(q).containsExactly(new double[] {0.2, 0.4}, within(1e-12));
    }

    @Test
    void inoperabilityIsClampedAtOne() {
        // given strong mutual coupling (spectral radius 0.9)
        var model = new InoperabilityModel(WEB_AND_DB, new double[][] {{0, 0.9}, {0.9, 0}}, NO_OUTPUT);

        // when both lose half: the linear solution is 0.5 / (1 − 0.9) = 5 each
        double[] q = model.equilibrium(new double[] {0.5, 0.5});

        // then
        assertThat(q).containsExactly(1.0, 1.0);
    }

    @Test
    void aRowSumAboveOneIsAcceptedWhileTheSpectralRadiusIsBelowOne() {
        // given web's row sums to 1.5, but ρ(A*) = √(1.5 · 0.1) ≈ 0.39
        var model = new InoperabilityModel(WEB_AND_DB, new double[][] {{0, 1.5}, {0.1, 0}}, NO_OUTPUT);

        // when
        double[] q = model.equilibrium(new double[] {0, 0.1});

        // then q_db = 0.1 / (1 − 0.15), q_web = 1.5 q_db
        assertThat(q).containsExactly(new double[] {1.5 * 0.1 / 0.85, 0.1 / 0.85}, within(1e-12));
    }

    @Test
    void theLeontiefInverseOfOneSectorIsOneOverOneMinusItsSelfDependency() {
        // given
        var model = new InoperabilityModel(List.of("web"), new double[][] {{0.2}}, new double[] {0});

        // then
        assertThat(model.leontiefInverse()[0][0]).isCloseTo(1.25, within(1e-12));
    }
}
