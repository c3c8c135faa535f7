package org.vigil.core.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.vigil.core.topology.Topologies.dependency;
import static org.vigil.core.topology.Topologies.imported;
import static org.vigil.core.topology.Topologies.options;
import static org.vigil.core.topology.Topologies.sample;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.Asset;
import org.vigil.core.model.AssetKind;
import org.vigil.core.model.DependencyType;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Scenario;

class GexfImportTest {

    private static final String OPERATOR = IdRule.vigilId("Grid Operator");

    private static ImportedTopology importGexf(TopologyOptions options) {
        return imported(new TopologyImporter(options).read(sample("substation.gexf")));
    }

    @Test
    void labelsAndAttributeValuesGiveTheAssetsAndAnAttributeDefaultAppliesToEveryNode() {
        // when
        Scenario scenario = importGexf(options()).scenario();

        // then
        assertThat(scenario.assets())
                .extracting(Asset::id, Asset::name, Asset::kind, Asset::criticality, Asset::ownerId)
                .containsExactly(
                        tuple("0", "Control centre", AssetKind.SERVICE, 4, OPERATOR),
                        tuple("1", "Router 1", AssetKind.NETWORK, 3, OPERATOR),
                        tuple("2", "Router 2", AssetKind.FACILITY, 3, OPERATOR));
        assertThat(scenario.organisations())
                .containsExactly(new Organisation(OPERATOR, Topologies.OPERATOR.type(), "Grid Operator"));
    }

    @Test
    void edgesFollowTheDefaultEdgeTypeUnlessTheyGiveTheirOwn() {
        // when
        ImportedTopology topology = importGexf(options());

        // then
        Scenario scenario = topology.scenario();
        assertThat(scenario.dependencies())
                .extracting(d -> d.fromId() + ">" + d.toId())
                .containsExactly("0>1", "1>2", "2>1");
        assertThat(dependency(scenario, "0", "1").delayMinutes()).isEqualTo(2.5);
        assertThat(dependency(scenario, "2", "1").type()).isEqualTo(DependencyType.SUPPLIES);
        assertThat(dependency(scenario, "2", "1").likelihood()).isEqualTo(0.1);
        assertThat(topology.report()).isEqualTo(new ImportReport(3, 4, 3, 1, 1, 0));
    }

    @Test
    void theWeightGivesTheLikelihoodOnlyWhenTheOptionsSaySo() {
        // when
        Scenario ignored = importGexf(options()).scenario();
        Scenario mapped =
                importGexf(options().withWeight(WeightMapping.LIKELIHOOD)).scenario();

        // then
        assertThat(dependency(ignored, "0", "1").likelihood()).isEqualTo(0.5);
        assertThat(dependency(mapped, "0", "1").likelihood()).isEqualTo(0.8);
        assertThat(dependency(mapped, "1", "2").likelihood()).isEqualTo(0.1);
    }
}
