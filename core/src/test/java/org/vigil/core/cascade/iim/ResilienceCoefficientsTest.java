package org.vigil.core.cascade.iim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** k_i = ln(q_i(0) / q_i(T_i)) / (T_i (1 − a*_ii)), as Haimes et al. (2005) derive it. */
class ResilienceCoefficientsTest {

    @Test
    void coefficientFollowsThePapersFormula() {
        // when recovering to 1 % within 10 steps with self-dependency 0.1
        double k = ResilienceCoefficients.forRecovery(0.1, 10, 0.01);

        // then
        assertThat(k).isCloseTo(Math.log(100) / (10 * 0.9), within(1e-12));
    }

    @Test
    void aLooserRecoveryTargetNeedsLessResilience() {
        // when
        double toOnePercent = ResilienceCoefficients.forRecovery(0, 20, 0.01);
        double toTenPercent = ResilienceCoefficients.forRecovery(0, 20, 0.1);

        // then
        assertThat(toTenPercent).isCloseTo(Math.log(10) / 20, within(1e-12)).isLessThan(toOnePercent);
    }

    @Test
    void aTargetFasterThanOneStepAllowsGetsTheFastestStableCoefficient() {
        // when recovery to 1 % is asked within 2 steps: ln(100)/2 = 2.3 would overshoot
        double k = ResilienceCoefficients.forRecovery(0.5, 2, 0.01);

        // then k (1 − a) = 1: the sector's own inoperability is gone after one step
        assertThat(k * (1 - 0.5)).isCloseTo(1, within(1e-12));
    }

    @Test
    void theModelUsesEachSectorsOwnSelfDependency() {
        // given
        var model = new InoperabilityModel(
                List.of("web", "db"), new double[][] {{0.2, 0.3}, {0, 0.5}}, new double[] {0, 0});

        // when
        double[] k = model.resilienceForRecovery(new double[] {10, 20}, 0.05);

        // then
        assertThat(k)
                .containsExactly(new double[] {Math.log(20) / (10 * 0.8), Math.log(20) / (20 * 0.5)}, within(1e-12));
    }

    @Test
    void impossibleTargetsAreRefused() {
        assertThatThrownBy(() -> ResilienceCoefficients.forRecovery(1.0, 10, 0.01))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("self-dependency a*_ii must be within [0, 1) to recover at all, got 1.0");
        assertThatThrownBy(() -> ResilienceCoefficients.forRecovery(0, 0, 0.01))
                .hasMessage("recovery time must be a positive number of steps, got 0.0");
        assertThatThrownBy(() -> ResilienceCoefficients.forRecovery(0, 10, 1))
                .hasMessage("recovered fraction of the initial inoperability must be within (0, 1), got 1.0");
        var model = new InoperabilityModel(List.of("web"), new double[][] {{0}}, new double[] {0});
        assertThatThrownBy(() -> model.resilienceForRecovery(new double[] {0}))
                .hasMessage("sector 'web': recovery time must be a positive number of steps, got 0.0");
    }
}
