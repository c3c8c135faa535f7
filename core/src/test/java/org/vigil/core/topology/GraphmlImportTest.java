package org.vigil.core.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.topology.Topologies.dependency;
import static org.vigil.core.topology.Topologies.imported;
import static org.vigil.core.topology.Topologies.options;
import static org.vigil.core.topology.Topologies.sample;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.Asset;
import org.vigil.core.model.AssetKind;
import org.vigil.core.model.Dependency;
import org.vigil.core.model.DependencyType;
import org.vigil.core.model.ImpactGrowth;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Scenario;

class GraphmlImportTest {

    private static final String PLANT = IdRule.vigilId("Plant 1");
    private static final String DESERT_POWER = IdRule.vigilId("Desert Power Co");

    private final ImportedTopology topology =
            imported(new TopologyImporter(options()).read(sample("substation.graphml")));
    private final Scenario scenario = topology.scenario();

    @Test
    void nodeDataGiveNameKindCriticalityAndOrganisation() {
        // then
        assertThat(scenario.asset(PLANT).orElseThrow())
                .extracting(Asset::name, Asset::kind, Asset::criticality, Asset::ownerId)
                .containsExactly("Hoover Dam", AssetKind.FACILITY, 5, "grid-operator");
        assertThat(scenario.asset("sub-a").orElseThrow())
                .extracting(Asset::name, Asset::ownerId)
                .containsExactly("Substation A", DESERT_POWER);
        assertThat(scenario.asset("scada").orElseThrow().kind()).isEqualTo(AssetKind.SERVER);
        assertThat(scenario.organisations())
                .containsExactly(
                        Topologies.OPERATOR,
                        new Organisation(DESERT_POWER, Topologies.OPERATOR.type(), "Desert Power Co"));
    }

    @Test
    void aNodeWithoutDataGetsTheDefaultsNotTheInventedValuesOfTypedKeys() {
        // then: GraphStream would give an int key 0 and a string key "" for a node without data
        assertThat(scenario.asset("sub-b").orElseThrow())
                .isEqualTo(new Asset(
                        "sub-b",
                        AssetKind.FACILITY,
                        "grid-operator",
                        "sub-b",
                        "",
                        3,
                        List.of(),
                        List.of(),
                        Optional.empty()));
    }

    @Test
    void edgeDataGiveTheDependencyParametersAndAKeyDefaultCountsAsData() {
        // then: e1 takes delayMinutes from its key's default, and its weight means nothing
        assertThat(dependency(scenario, PLANT, "sub-a"))
                .isEqualTo(new Dependency(
                        PLANT, "sub-a", DependencyType.CONNECTS, 0.9, 5, ImpactGrowth.STEP, 0, Optional.empty()));
        assertThat(dependency(scenario, "sub-a", "sub-b"))
                .isEqualTo(new Dependency(
                        "sub-a",
                        "sub-b",
                        DependencyType.CONNECTS,
                        0.5,
                        0,
                        ImpactGrowth.STEP,
                        0,
                        Optional.of("feeders")));
        assertThat(dependency(scenario, "scada", "sub-b"))
                .isEqualTo(new Dependency(
                        "scada",
                        "sub-b",
                        DependencyType.MONITORS,
                        0.5,
                        5,
                        ImpactGrowth.STEP,
                        0,
                        0.25,
                        Optional.empty()));
    }

    @Test
    void undirectedEdgesGoBothWaysAndAnEdgeMarkedDirectedOneWay() {
        // then
        assertThat(scenario.dependencies())
                .extracting(d -> d.fromId() + ">" + d.toId())
                .containsExactly(PLANT + ">sub-a", "sub-a>" + PLANT, "sub-a>sub-b", "sub-b>sub-a", "scada>sub-b");
    }

    @Test
    void theRepeatedLinkAndTheSelfLoopAreLeftOutAndCounted() {
        // then: e4 repeats e2 backwards (two pairs), e5 is a self-loop
        assertThat(topology.report()).isEqualTo(new ImportReport(4, 5, 5, 1, 2, 1));
    }
}
