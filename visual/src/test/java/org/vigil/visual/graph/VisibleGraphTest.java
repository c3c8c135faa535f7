package org.vigil.visual.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Layer;
import org.vigil.core.model.Scenario;
import org.vigil.visual.graph.scene.NodeCondition;
import org.vigil.visual.graph.scene.NodeKind;

/** Level of detail and filters on the retail pilot. */
class VisibleGraphTest {

    private final Scenario retail = GraphFixture.pilot(GraphFixture.RETAIL);
    private final Map<String, Asset> assets = retail.assetsById();

    @Test
    void collapsedOrganisationsMergeTheirDependenciesIntoOneEdgeEachWay() {
        // given every organisation folded into one node
        Collapsing organisations = Collapsing.at(DetailLevel.ORGANISATION, retail);

        // when
        VisibleGraph graph = VisibleGraph.of(retail, organisations, a -> true);

        // then an edge from Kestrel Cloud to Lumenhaus stands for every dependency from one to the other
        long kestrelToLumenhaus = retail.dependencies().stream()
                .filter(d -> owner(d.fromId()).equals("kestrel-cloud")
                        && owner(d.toId()).equals("lumenhaus"))
                .count();
        assertThat(kestrelToLumenhaus).isGreaterThan(1);
        VisibleGraph.Edge edge = edge(graph, NodeIds.organisation("kestrel-cloud"), NodeIds.organisation("lumenhaus"));
        assertThat(edge.multiplicity()).isEqualTo((int) kestrelToLumenhaus);
        // and dependencies inside one organisation vanish; all the others are counted once
        long crossing = retail.dependencies().stream()
                .filter(d -> !owner(d.fromId()).equals(owner(d.toId())))
                .count();
        assertThat(graph.edges().stream()
                        .mapToInt(VisibleGraph.Edge::multiplicity)
                        .sum())
                .isEqualTo((int) crossing);
        assertThat(graph.edges()).noneMatch(e -> e.fromId().equals(e.toId()));
    }

    @Test
    void aGroupStandsForItsOrganisationsAssetsInOneLayer() {
        // given Lumenhaus opened to its groups, the cyber group opened to its assets
        Collapsing collapsing = Collapsing.at(DetailLevel.ORGANISATION, retail)
                .toggle(NodeIds.organisation("lumenhaus"), retail)
                .toggle(NodeIds.group(new GroupKey("lumenhaus", Layer.CYBER)), retail);

        // when
        VisibleGraph graph = VisibleGraph.of(retail, collapsing, a -> true);

        // then
        String humanGroup = NodeIds.group(new GroupKey("lumenhaus", Layer.HUMAN));
        List<String> humans = retail.assets().stream()
                .filter(a -> a.ownerId().equals("lumenhaus") && a.layer() == Layer.HUMAN)
                .map(Asset::id)
                .toList();
        assertThat(graph.node(humanGroup).orElseThrow().assetIds()).containsExactlyElementsOf(humans);
        assertThat(graph.node(humanGroup).orElseThrow().kind()).isEqualTo(NodeKind.ASSET_GROUP);
        assertThat(graph.node("customer-db").orElseThrow().kind()).isEqualTo(NodeKind.ASSET);
        assertThat(graph.node(NodeIds.organisation("kestrel-cloud"))).isPresent();
        // and from customer-db to the business group: one edge per dependency customer-db → a Lumenhaus business asset
        long intoBusiness = retail.dependenciesOutOf("customer-db").stream()
                .filter(d -> owner(d.toId()).equals("lumenhaus") && layer(d.toId()) == Layer.BUSINESS)
                .count();
        assertThat(edge(graph, "customer-db", NodeIds.group(new GroupKey("lumenhaus", Layer.BUSINESS)))
                        .multiplicity())
                .isEqualTo((int) intoBusiness);
    }

    @Test
    void activatingAnAssetFoldsItBackIntoItsGroup() {
        Collapsing all = Collapsing.at(DetailLevel.ASSET, retail);

        Collapsing folded = all.toggle("customer-db", retail);

        VisibleGraph graph = VisibleGraph.of(retail, folded, a -> true);
        assertThat(graph.node("customer-db")).isEmpty();
        assertThat(graph.nodeShowing("customer-db").orElseThrow().id())
                .isEqualTo(NodeIds.group(new GroupKey("lumenhaus", Layer.CYBER)));
    }

    @Test
    void filtersHideTheirLayersOrganisationsAndConditionsWithTheirEdges() {
        // given
        Collapsing all = Collapsing.at(DetailLevel.ASSET, retail);
        GraphFilter filter = GraphFilter.NONE
                .showingLayer(Layer.HUMAN, false)
                .showingOrganisation("kestrel-cloud", false)
                .showingCondition(NodeCondition.NORMAL, false);
        Set<String> impacted = Set.of("customer-db", "crm-system", "breach-notification", "cs-staff", "web-01");

        // when
        VisibleGraph graph = VisibleGraph.of(
                retail,
                all,
                a -> filter.shows(a, impacted.contains(a.id()) ? NodeCondition.FAILED : NodeCondition.NORMAL));

        // then only the impacted assets outside the human layer and Kestrel Cloud remain
        assertThat(graph.nodes())
                .extracting(VisibleGraph.Node::id)
                .containsExactlyInAnyOrder("customer-db", "crm-system", "breach-notification");
        Set<List<String>> expectedEdges = retail.dependencies().stream()
                .filter(d -> Set.of("customer-db", "crm-system", "breach-notification")
                        .containsAll(List.of(d.fromId(), d.toId())))
                .map(d -> List.of(d.fromId(), d.toId()))
                .collect(Collectors.toSet());
        assertThat(graph.edges())
                .extracting(e -> List.of(e.fromId(), e.toId()))
                .containsExactlyInAnyOrderElementsOf(expectedEdges);
        assertThat(expectedEdges).contains(List.of("customer-db", "crm-system"));
    }

    @Test
    void anEmptyFilterHidesNothingAndShowingAgainUndoesHiding() {
        GraphFilter filter = GraphFilter.NONE.showingLayer(Layer.CYBER, false).showingLayer(Layer.CYBER, true);

        assertThat(filter.isEmpty()).isTrue();
        assertThat(retail.assets()).allMatch(a -> filter.shows(a, NodeCondition.NORMAL));
    }

    private VisibleGraph.Edge edge(VisibleGraph graph, String from, String to) {
        return graph.edges().stream()
                .filter(e -> e.fromId().equals(from) && e.toId().equals(to))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no edge " + from + " → " + to));
    }

    private String owner(String assetId) {
        return assets.get(assetId).ownerId();
    }

    private Layer layer(String assetId) {
        return assets.get(assetId).layer();
    }
}
