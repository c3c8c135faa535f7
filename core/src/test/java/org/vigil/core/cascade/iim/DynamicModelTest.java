package org.vigil.core.cascade.iim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dynamic model q(t+1) = q(t) + K [A* q(t) + c*(t) − q(t)], checked by hand. */
class DynamicModelTest {

    private static final List<String> WEB_AND_DB = List.of("web", "db");

    @Test
    void oneUnperturbedSectorDecaysGeometrically() {
        // given a = 0.2 and k = 0.5, so q(t) = q0 (1 − k (1 − a))^t = 0.8 · 0.6^t
        var model = new InoperabilityModel(List.of("web"), new double[][] {{0.2}}, new double[] {0});

        // when
        var run = model.simulate(new double[] {0.8}, Perturbation.none(), new double[] {0.5}, 10, 15);

        // then
        assertThat(run.steps()).isEqualTo(10);
        for (int t = 0; t <= 10; t++) {
            assertThat(run.inoperability("web", t)).isCloseTo(0.8 * Math.pow(0.6, t), within(1e-12));
        }
    }

    @Test
    void aSuppliersOutageSpreadsToItsDependentAndBothRecover() {
        // given web depends on db with 0.5; db starts 40 % down, web fine
        var model = new InoperabilityModel(WEB_AND_DB, new double[][] {{0, 0.5}, {0, 0}}, new double[] {0, 0});

        // when
        var run = model.simulate(new double[] {0, 0.4}, Perturbation.none(), new double[] {0.5, 0.5}, 4, 15);

        // then web(t+1) = web + 0.5 (0.5 db − web), db(t+1) = db / 2
        assertThat(run.inoperabilityOf("db")).containsExactly(new double[] {0.4, 0.2, 0.1, 0.05, 0.025}, within(1e-12));
        assertThat(run.inoperabilityOf("web")).containsExactly(new double[] {0, 0.1, 0.1, 0.075, 0.05}, within(1e-12));
        assertThat(run.peak("web")).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void aPerturbationThatStopsLetsTheSectorRecover() {
        // given one independent sector with k = 0.5, perturbed by 0.4 during steps 0 and 1
        var model = new InoperabilityModel(List.of("web"), new double[][] {{0}}, new double[] {0});

        // when
        var run = model.simulate(new double[] {0}, Perturbation.during(0, 2, 0.4), new double[] {0.5}, 4, 15);

        // then it climbs halfway towards 0.4 each step, then halves
        assertThat(run.inoperabilityOf("web")).containsExactly(new double[] {0, 0.2, 0.3, 0.15, 0.075}, within(1e-12));
    }

    @Test
    void inoperabilityIsClampedAtOne() {
        // given both fully down, strongly coupled and still perturbed: unclamped they would reach 1.4
        var model = new InoperabilityModel(WEB_AND_DB, new double[][] {{0, 0.9}, {0.9, 0}}, new double[] {0, 0});

        // when
        var run = model.simulate(new double[] {1, 1}, Perturbation.constant(0.5, 0.5), new double[] {1, 1}, 5, 15);

        // then
        for (double[] q : run.inoperability()) {
            assertThat(q).containsExactly(1.0, 1.0);
        }
    }

    @Test
    void aLastingPerturbationSettlesAtTheStaticEquilibrium() {
        // given
        var model = new InoperabilityModel(WEB_AND_DB, new double[][] {{0, 0.5}, {0.5, 0}}, new double[] {0, 0});
        double[] demand = {0, 0.3};

        // when
        var run = model.simulate(new double[] {0, 0}, Perturbation.constant(demand), new double[] {0.7, 0.4}, 200, 15);

        // then
        assertThat(run.inoperability()[200]).containsExactly(model.equilibrium(demand), within(1e-9));
    }

    @Test
    void zeroStepsGiveOnlyTheInitialStateAndNoLoss() {
        // given
        var model = new InoperabilityModel(List.of("web"), new double[][] {{0}}, new double[] {1000});

        // when
        var run = model.simulate(new double[] {0.5}, Perturbation.none(), new double[] {0.5}, 0, 15);

        // then
        assertThat(run.inoperability()).hasDimensions(1, 1);
        assertThat(run.totalLoss()).isZero();
    }

    @Test
    void theTrajectoryDoesNotShareItsArraysWithTheCaller() {
        // given
        var model = new InoperabilityModel(List.of("web"), new double[][] {{0}}, new double[] {0});
        double[] start = {0.5};
        var run = model.simulate(start, Perturbation.none(), new double[] {0.5}, 1, 15);

        // when
        start[0] = 0.9;
        run.inoperability()[0][0] = 0.9;

        // then
        assertThat(run.inoperability("web", 0)).isEqualTo(0.5);
    }
}
