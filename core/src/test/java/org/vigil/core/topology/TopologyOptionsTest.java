package org.vigil.core.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.vigil.core.topology.Topologies.OPERATOR;
import static org.vigil.core.topology.Topologies.options;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.AssetKind;
import org.vigil.core.model.DependencyType;
import org.vigil.core.model.ImpactGrowth;
import org.vigil.core.model.Organisation;

class TopologyOptionsTest {

    @Test
    void theDefaultsMakeUndirectedLinksGoBothWaysAndIgnoreWeights() {
        // when
        TopologyOptions options = options();

        // then
        assertThat(options.undirectedBothWays()).isTrue();
        assertThat(options.edgeListDirected()).isFalse();
        assertThat(options.weight()).isEqualTo(WeightMapping.IGNORE);
        assertThat(options.criticality()).isEqualTo(3);
        assertThat(options.dependency()).isEqualTo(DependencyDefaults.STANDARD);
    }

    @Test
    void idsThatVigilWouldRejectAreRefused() {
        // then
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TopologyOptions.of("Grid 1", "Grid", OPERATOR, AssetKind.FACILITY));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TopologyOptions.of(
                        "grid", "Grid", new Organisation("Operator", OPERATOR.type(), "Operator"), AssetKind.FACILITY));
    }

    @Test
    void businessServicesAndCriticalitiesOutOfRangeAreRefused() {
        // then
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TopologyOptions.of("grid", "Grid", OPERATOR, AssetKind.BUSINESS_SERVICE));
        assertThatIllegalArgumentException().isThrownBy(() -> options().withCriticality(6));
    }

    @Test
    void defaultsThatNoScenarioCouldHoldAreRefused() {
        // then
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DependencyDefaults(DependencyType.CONNECTS, 1.5, 0, ImpactGrowth.STEP, 0, 1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DependencyDefaults(DependencyType.CONNECTS, 0.5, 0, ImpactGrowth.LINEAR, 0, 1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DependencyDefaults(DependencyType.CONNECTS, 0.5, 0, ImpactGrowth.STEP, 10, 1));
    }
}
