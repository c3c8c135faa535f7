package org.vigil.core.cascade.iim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Losses and recovery times read off a simulated trajectory. */
class RecoveryTrajectoryTest {

    private static final List<String> WEB_AND_DB = List.of("web", "db");

    @Test
    void lossIsPlannedOutputTimesInoperabilityTimesDuration() {
        // given two independent services; web delivers 2880 a day, db 1440; steps of 30 minutes
        var model = new InoperabilityModel(WEB_AND_DB, new double[][] {{0, 0}, {0, 0}}, new double[] {2880, 1440});

        // when web starts 80 % down (k = 0.5), db 40 % down (k = 1)
        var run = model.simulate(new double[] {0.8, 0.4}, Perturbation.none(), new double[] {0.5, 1}, 3, 30);

        // then web: 2880 · (0.8 + 0.4 + 0.2) · 30/1440 = 84; db: 1440 · 0.4 · 30/1440 = 12
        assertThat(run.loss("web")).isCloseTo(84, within(1e-9));
        assertThat(run.loss("db")).isCloseTo(12, within(1e-9));
        assertThat(run.loss()).containsExactly(new double[] {84, 12}, within(1e-9));
        assertThat(run.totalLoss()).isCloseTo(96, within(1e-9));
    }

    @Test
    void aServiceRecoversWithinItsRto() {
        // given RTO 300 minutes with 30-minute steps (10 steps) and self-dependency 0.1
        var model = new InoperabilityModel(List.of("web"), new double[][] {{0.1}}, new double[] {0});
        double[] k = model.resilienceForRecovery(new double[] {300.0 / 30});

        // when
        var run = model.simulate(new double[] {0.5}, Perturbation.none(), k, 20, 30);

        // then q(t) = 0.5 (1 − ln(100)/10)^t falls to 1 % of 0.5 after 7.46 steps: step 8, within RTO
        assertThat(k[0]).isCloseTo(Math.log(100) / 9, within(1e-12));
        assertThat(run.recoveryStep("web", 0.005)).hasValue(8);
        assertThat(run.recoveryMinutes("web", 0.005)).hasValue(240.0);
    }

    @Test
    void aDependentRecoversOnlyAfterItsInoperabilityHasRisenAndFallenAgain() {
        // given web depends on db (0.5); web starts fine, db 40 % down; both k = 0.5
        var model = new InoperabilityModel(WEB_AND_DB, new double[][] {{0, 0.5}, {0, 0}}, new double[] {0, 0});

        // when
        var run = model.simulate(new double[] {0, 0.4}, Perturbation.none(), new double[] {0.5, 0.5}, 12, 10);

        // then db halves each step (0.0125 at 5, 0.00625 at 6); web peaks at 0.1 and is at 0.0109 at 7,
        // 0.00625 at 8
        assertThat(run.recoveryStep("db", 0.01)).hasValue(6);
        assertThat(run.recoveryStep("web", 0.01)).hasValue(8);
        assertThat(run.recoveryMinutes("web", 0.01)).hasValue(80.0);
    }

    @Test
    void aServiceStillAboveTheThresholdAtTheEndHasNotRecovered() {
        // given
        var model = new InoperabilityModel(List.of("web"), new double[][] {{0}}, new double[] {0});

        // when
        var run = model.simulate(new double[] {0.5}, Perturbation.none(), new double[] {0.5}, 3, 10);

        // then 0.5 · 0.5³ = 0.0625
        assertThat(run.recoveryStep("web", 0.01)).isEmpty();
        assertThat(run.recoveryMinutes("web", 0.01)).isEmpty();
    }

    @Test
    void askingForAnUnknownSectorOrStepIsRefused() {
        // given
        var model = new InoperabilityModel(List.of("web"), new double[][] {{0}}, new double[] {0});
        var run = model.simulate(new double[] {0.5}, Perturbation.none(), new double[] {0.5}, 3, 10);

        // then
        assertThatThrownBy(() -> run.loss("mail")).hasMessage("unknown sector 'mail'");
        assertThatThrownBy(() -> run.inoperability("web", 4)).hasMessage("step 4 is outside 0..3");
        assertThatThrownBy(() -> run.recoveryStep("web", 1.5))
                .hasMessage("recovery threshold must be within [0, 1], got 1.5");
    }

    @Test
    void trajectoriesWithTheSameContentAreEqual() {
        // given
        var model = new InoperabilityModel(List.of("web"), new double[][] {{0}}, new double[] {100});

        // when
        var first = model.simulate(new double[] {0.5}, Perturbation.none(), new double[] {0.5}, 3, 10);
        var second = model.simulate(new double[] {0.5}, Perturbation.none(), new double[] {0.5}, 3, 10);

        // then
        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    }
}
