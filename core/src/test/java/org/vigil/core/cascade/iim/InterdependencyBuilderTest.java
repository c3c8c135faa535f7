package org.vigil.core.cascade.iim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A* from pairwise coupling strengths, with rows kept under the cap. */
class InterdependencyBuilderTest {

    private static final List<String> SERVICES = List.of("shop", "payments", "auth", "dns");

    @Test
    void aCouplingLandsInTheDependentsRowAndTheSuppliersColumn() {
        // when
        double[][] a = new InterdependencyBuilder(SERVICES)
                .coupling("shop", "payments", 0.6)
                .coupling("payments", "auth", 0.3)
                .build();

        // then
        assertThat(a[0]).containsExactly(0, 0.6, 0, 0);
        assertThat(a[1]).containsExactly(0, 0, 0.3, 0);
        assertThat(a[2]).containsOnly(0);
        assertThat(a[3]).containsOnly(0);
    }

    @Test
    void aRowAboveTheCapIsScaledDownKeepingItsProportions() {
        // when shop depends on three suppliers at 0.8 each (row sum 2.4)
        double[][] a = new InterdependencyBuilder(SERVICES)
                .coupling("shop", "payments", 0.8)
                .coupling("shop", "auth", 0.8)
                .coupling("shop", "dns", 0.8)
                .coupling("payments", "auth", 0.5)
                .build();

        // then shop's row sums to the default cap 0.9; payments' row (0.5) is left alone
        assertThat(a[0]).containsExactly(new double[] {0, 0.3, 0.3, 0.3}, within(1e-12));
        assertThat(a[1]).containsExactly(0, 0, 0.5, 0);
    }

    @Test
    void theCapCanBeChosen() {
        // when
        double[][] a = new InterdependencyBuilder(SERVICES)
                .rowSumCap(0.5)
                .coupling("shop", "payments", 0.6)
                .coupling("shop", "auth", 0.4)
                .build();

        // then
        assertThat(a[0]).containsExactly(new double[] {0, 0.3, 0.2, 0}, within(1e-12));
    }

    @Test
    void theStrongerOfTwoCouplingsForOnePairCounts() {
        // when
        double[][] a = new InterdependencyBuilder(SERVICES)
                .coupling("shop", "payments", 0.2)
                .coupling("shop", "payments", 0.7)
                .coupling("shop", "payments", 0.4)
                .build();

        // then
        assertThat(a[0][1]).isEqualTo(0.7);
    }

    @Test
    void evenTotalCouplingGivesASolvableModel() {
        // given every service fully depends on every other one
        var builder = new InterdependencyBuilder(SERVICES);
        for (String dependent : SERVICES) {
            for (String supplier : SERVICES) {
                if (!dependent.equals(supplier)) {
                    builder.coupling(dependent, supplier, 1.0);
                }
            }
        }

        // when
        var model = builder.model(new double[] {100, 100, 100, 100});
        double[] q = model.equilibrium(new double[] {0, 0, 0, 0.05});

        // then every row sums to 0.9 (0.3 per supplier); by symmetry the others share x and dns has y
        // with x = 0.3 (2x + y) and y = 0.9 x + 0.05, so y = 0.05 / 0.325 and x = 0.75 y
        assertThat(Arrays.stream(model.interdependency())
                        .mapToDouble(row -> Arrays.stream(row).sum()))
                .allSatisfy(sum -> assertThat(sum).isCloseTo(0.9, within(1e-12)));
        double y = 0.05 / 0.325;
        assertThat(q).containsExactly(new double[] {0.75 * y, 0.75 * y, 0.75 * y, y}, within(1e-12));
    }

    @Test
    void badCouplingsAreRefused() {
        var builder = new InterdependencyBuilder(SERVICES);
        assertThatThrownBy(() -> builder.coupling("shop", "mail", 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown sector 'mail'");
        assertThatThrownBy(() -> builder.coupling("shop", "shop", 0.5))
                .hasMessage("sector 'shop' cannot be coupled to itself");
        assertThatThrownBy(() -> builder.coupling("shop", "dns", 1.2))
                .hasMessage("coupling of 'shop' to 'dns' is 1.2, must be within [0, 1]");
        assertThatThrownBy(() -> builder.coupling("shop", "dns", Double.NaN))
                .hasMessage("coupling of 'shop' to 'dns' is NaN, must be within [0, 1]");
        assertThatThrownBy(() -> builder.rowSumCap(1.0))
                .hasMessage("row-sum cap must be within (0, 1) for a productive model, got 1.0");
        assertThatThrownBy(() -> new InterdependencyBuilder(List.of("shop", "shop")))
                .hasMessage("sector 'shop' is listed twice");
    }
}
