package org.vigil.core.cascade.iim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What must hold for every model the builder can produce, checked on a fixed sample of random
 * models (seeded, so a failure reproduces).
 */
class InoperabilityPropertiesTest {

    private static final int CASES = 200;

    private record Case(InoperabilityModel model, double[] demand, double[] start, double[] recoverySteps) {}

    @Test
    void theLeontiefInverseIsNonNegativeAndInvertsIMinusA() {
        for (Case given : cases()) {
            // when
            double[][] a = given.model().interdependency();
            double[][] inverse = given.model().leontiefInverse();

            // then
            int n = a.length;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double product = 0;
                    for (int m = 0; m < n; m++) {
                        product += ((i == m ? 1 : 0) - a[i][m]) * inverse[m][j];
                    }
                    assertThat(inverse[i][j]).isGreaterThanOrEqualTo(0);
                    assertThat(product).isCloseTo(i == j ? 1 : 0, within(1e-9));
                }
            }
        }
    }

    @Test
    void inoperabilityStaysAFractionAndNoLossIsNegative() {
        for (Case given : cases()) {
            // given
            double[] k = given.model().resilienceForRecovery(given.recoverySteps());

            // when
            var run = given.model().simulate(given.start(), Perturbation.during(0, 5, given.demand()), k, 30, 15);

            // then
            for (double[] q : run.inoperability()) {
                assertFractions(q);
            }
            assertFractions(given.model().equilibrium(given.demand()));
            for (double loss : run.loss()) {
                assertThat(loss).isGreaterThanOrEqualTo(0);
            }
        }
    }

    private static void assertFractions(double[] values) {
        for (double value : values) {
            assertThat(value).isBetween(0.0, 1.0);
        }
    }

    private static List<Case> cases() {
        Random random = new Random(20050601L);
        List<Case> cases = new ArrayList<>();
        for (int c = 0; c < CASES; c++) {
            int n = 1 + random.nextInt(8);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ids.add("service-" + i);
            }
            var builder = new InterdependencyBuilder(ids);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i != j && random.nextBoolean()) {
                        builder.coupling(ids.get(i), ids.get(j), random.nextDouble());
                    }
                }
            }
            double[] output = fractions(random, n);
            cases.add(new Case(
                    builder.model(output), fractions(random, n), fractions(random, n), recoverySteps(random, n)));
        }
        return cases;
    }

    private static double[] fractions(Random random, int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextDouble();
        }
        return values;
    }

    private static double[] recoverySteps(Random random, int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = 0.5 + 200 * random.nextDouble();
        }
        return values;
    }
}
