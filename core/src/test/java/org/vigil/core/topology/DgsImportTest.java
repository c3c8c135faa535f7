package org.vigil.core.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.topology.Topologies.dependency;
import static org.vigil.core.topology.Topologies.imported;
import static org.vigil.core.topology.Topologies.options;
import static org.vigil.core.topology.Topologies.sample;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.Asset;
import org.vigil.core.model.AssetKind;
import org.vigil.core.model.Dependency;
import org.vigil.core.model.DependencyType;
import org.vigil.core.model.ImpactGrowth;
import org.vigil.core.model.Scenario;

class DgsImportTest {

    private final ImportedTopology topology = imported(new TopologyImporter(options()).read(sample("substations.dgs")));
    private final Scenario scenario = topology.scenario();

    @Test
    void theFinalGraphIsImportedWithRemovedNodesAndEdgesLeftOut() {
        // then: e and its edge were removed, and so was bd
        assertThat(scenario.assets()).extracting(Asset::id).containsExactly("a", "b", "c", "d");
        assertThat(scenario.dependencies())
                .extracting(d -> d.fromId() + ">" + d.toId())
                .containsExactly("a>b", "b>c", "c>b");
    }

    @Test
    void attributesGiveTheAssetAndDependencyAndALaterChangeWins() {
        // then
        assertThat(scenario.asset("a").orElseThrow())
                .extracting(Asset::name, Asset::kind, Asset::criticality)
                .containsExactly("Substation A", AssetKind.FACILITY, 4);
        assertThat(dependency(scenario, "a", "b"))
                .isEqualTo(new Dependency(
                        "a", "b", DependencyType.CONNECTS, 0.75, 10, ImpactGrowth.LINEAR, 30, Optional.empty()));
        assertThat(dependency(scenario, "c", "b"))
                .extracting(Dependency::likelihood, Dependency::redundancyGroup)
                .containsExactly(0.2, Optional.of("north"));
    }

    @Test
    void theSelfLoopAndTheLinkGivenAgainBackwardsAreLeftOutAndCounted() {
        // then
        assertThat(topology.report()).isEqualTo(new ImportReport(4, 4, 3, 1, 1, 0));
    }
}
