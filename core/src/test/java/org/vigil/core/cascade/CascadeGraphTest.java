package org.vigil.core.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.TestScenario;
import org.vigil.core.model.ImpactGrowth;
import org.vigil.core.model.Layer;

/** The compact graph holds exactly what the scenario or the builder said, in rows the passes can walk. */
class CascadeGraphTest {

    @Test
    void aScenarioBecomesAssetsOrganisationsAndDependencyRows() {
        // given the small test scenario: 6 assets, 2 organisations, 6 dependencies, one group
        CascadeGraph g = CascadeGraph.of(TestScenario.small().toScenario());

        // then
        assertThat(g.assetCount()).isEqualTo(6);
        assertThat(g.organisationCount()).isEqualTo(2);
        assertThat(g.dependencyCount()).isEqualTo(6);
        assertThat(g.groupCount()).isEqualTo(1);
        int sales = g.requireIndex(TestScenario.ONLINE_SALES);
        assertThat(g.layer(sales)).isEqualTo(Layer.BUSINESS);
        assertThat(g.organisationId(g.owner(sales))).isEqualTo(TestScenario.RETAILER);
        assertThat(g.criticality(sales)).isEqualTo(5);
        assertThat(g.hasContinuity(sales)).isTrue();
        assertThat(g.rtoMinutes(sales)).isEqualTo(60);
        assertThat(g.mtpdMinutes(sales)).isEqualTo(240);
        assertThat(g.outputPerDay(sales)).isNaN();
        assertThat(g.hasContinuity(g.requireIndex(TestScenario.WEB_SERVER))).isFalse();
        assertThat(sources(g, sales))
                .containsExactlyInAnyOrder(
                        TestScenario.WEB_SERVER,
                        TestScenario.PAYMENT_GATEWAY,
                        TestScenario.PAYMENT_BACKUP,
                        TestScenario.WAREHOUSE);
        int group = g.groupCount() - 1;
        assertThat(g.groupName(group)).isEqualTo("payments");
        assertThat(g.groupTarget(group)).isEqualTo(sales);
        assertThat(g.groupMemberEnd(group) - g.groupMemberStart(group)).isEqualTo(2);
    }

    @Test
    void eachDependencyKeepsItsParametersInBothRows() {
        CascadeGraph g = TestGraph.create()
                .link("a", "b")
                .likelihood(0.7)
                .delay(12)
                .logistic(40)
                .maxImpact(0.6)
                .group("alt")
                .link("c", "b")
                .graph();
        int a = g.requireIndex("a");
        int b = g.requireIndex("b");

        assertThat(g.outEnd(a) - g.outStart(a)).isEqualTo(1);
        int e = g.outStart(a);
        assertThat(g.source(e)).isEqualTo(a);
        assertThat(g.target(e)).isEqualTo(b);
        assertThat(g.likelihood(e)).isEqualTo(0.7);
        assertThat(g.delayMinutes(e)).isEqualTo(12);
        assertThat(g.growth(e)).isEqualTo(ImpactGrowth.LOGISTIC);
        assertThat(g.rampMinutes(e)).isEqualTo(40);
        assertThat(g.maxImpact(e)).isEqualTo(0.6);
        assertThat(g.groupNameOf(e)).hasValue("alt");
        assertThat(g.inEnd(b) - g.inStart(b)).isEqualTo(2);
        assertThat(g.group(g.outStart(g.requireIndex("c")))).isEqualTo(-1);
    }

    @Test
    void aGroupNameIsPerTarget() {
        CascadeGraph g = TestGraph.create()
                .link("a", "x")
                .group("same")
                .link("b", "x")
                .group("same")
                .link("a", "y")
                .group("same")
                .graph();

        assertThat(g.groupCount()).isEqualTo(2);
        assertThat(g.group(g.outStart(g.requireIndex("a")))).isNotEqualTo(g.group(g.outStart(g.requireIndex("a")) + 1));
    }

    @Test
    void aGraphRebuiltFromItsBuilderIsTheSame() {
        CascadeGraph g = CascadeGraph.of(TestScenario.small().toScenario());

        CascadeGraph copy = g.toBuilder().build();

        assertThat(copy.assetCount()).isEqualTo(g.assetCount());
        for (int e = 0; e < g.dependencyCount(); e++) {
            assertThat(copy.assetId(copy.source(e))).isEqualTo(g.assetId(g.source(e)));
            assertThat(copy.assetId(copy.target(e))).isEqualTo(g.assetId(g.target(e)));
            assertThat(copy.likelihood(e)).isEqualTo(g.likelihood(e));
            assertThat(copy.groupNameOf(e)).isEqualTo(g.groupNameOf(e));
        }
        int sales = copy.requireIndex(TestScenario.ONLINE_SALES);
        assertThat(copy.mtpdMinutes(sales)).isEqualTo(240);
    }

    @Test
    void aLargeGraphCanBeBuiltFromRawDataByIndex() {
        // given a ring of 100,000 assets, each also depending on the one 1000 further on
        CascadeGraphBuilder b = CascadeGraph.builder();
        int org = b.addOrganisation("o");
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            b.addAsset("asset-" + i, Layer.CYBER, org, 3);
        }
        for (int i = 0; i < n; i++) {
            b.addDependency(i, (i + 1) % n, 0.9, 1, ImpactGrowth.STEP, 0, 1, null);
            b.addDependency(i, (i + 1000) % n, 0.5, 5, ImpactGrowth.LINEAR, 10, 0.5, null);
        }

        // when
        CascadeGraph g = b.build();

        // then
        assertThat(g.assetCount()).isEqualTo(n);
        assertThat(g.dependencyCount()).isEqualTo(2 * n);
        assertThat(g.indexOf("asset-99999")).isEqualTo(99_999);
        assertThat(g.inEnd(5) - g.inStart(5)).isEqualTo(2);
    }

    @Test
    void badInputIsRefused() {
        CascadeGraphBuilder b = CascadeGraph.builder();
        int org = b.addOrganisation("o");
        b.addAsset("a", Layer.CYBER, org, 3);
        b.addAsset("b", Layer.CYBER, org, 3);

        assertThatThrownBy(() -> b.addDependency("a", "ghost", 1, 0, ImpactGrowth.STEP, 0, 1, null))
                .hasMessageContaining("ghost");
        assertThatThrownBy(() -> b.addDependency(0, 1, 1.5, 0, ImpactGrowth.STEP, 0, 1, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.addDependency(0, 1, 1, -1, ImpactGrowth.STEP, 0, 1, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.addAsset("c", Layer.CYBER, "nobody", 3)).hasMessageContaining("nobody");
        assertThatThrownBy(() -> b.continuity(0, 100, 50, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.addAsset("a", Layer.CYBER, org, 3)).hasMessageContaining("'a' added twice");
        CascadeGraphBuilder byIndex = CascadeGraph.builder();
        byIndex.addAsset("a", Layer.CYBER, -1, 3);
        byIndex.addAsset("a", Layer.CYBER, -1, 3);
        assertThatThrownBy(byIndex::build).hasMessageContaining("'a' added twice");
        assertThat(TestGraph.create().link("a", "b").graph().indexOf("ghost")).isEqualTo(-1);
    }

    private static List<String> sources(CascadeGraph g, int target) {
        List<String> ids = new ArrayList<>();
        for (int i = g.inStart(target); i < g.inEnd(target); i++) {
            ids.add(g.assetId(g.source(g.inEdge(i))));
        }
        return ids;
    }
}
