package org.vigil.visual.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Layer;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Scenario;

/** The layered layout on the real pilots. */
class LayeredLayoutTest {

    private final LayeredLayout layout = new LayeredLayout();

    @Test
    void businessSitsAboveCyberAbovePhysicalAboveHuman() {
        for (Scenario pilot : GraphFixture.PILOTS) {
            // given every asset of a pilot as a node
            VisibleGraph graph = VisibleGraph.of(pilot, Collapsing.at(DetailLevel.ASSET, pilot), a -> true);

            // when
            Placement placement = layout.place(graph, organisations(pilot), LayoutProgress.NONE);

            // then every node lies in its layer's band, and the bands run business, cyber, physical, human
            assertThat(placement.bands())
                    .extracting(Placement.Band::layer)
                    .containsExactly(Layer.BUSINESS, Layer.CYBER, Layer.PHYSICAL, Layer.HUMAN);
            Map<Layer, Placement.Band> bands = new HashMap<>();
            placement.bands().forEach(b -> bands.put(b.layer(), b));
            for (Asset asset : pilot.assets()) {
                Placement.Band band = bands.get(asset.layer());
                double y = placement.positions().get(asset.id()).y();
                assertThat(y).as("%s in %s", asset.id(), pilot.id()).isBetween(band.top(), band.top() + band.height());
            }
            double[] lowestOfBand = new double[4];
            double[] highestOfBand = new double[4];
            for (int i = 0; i < 4; i++) {
                Layer layer = LayeredLayout.BAND_ORDER.get(i);
                lowestOfBand[i] = pilot.assets().stream()
                        .filter(a -> a.layer() == layer)
                        .mapToDouble(a -> placement.positions().get(a.id()).y())
                        .max()
                        .orElse(Double.NaN);
                highestOfBand[i] = pilot.assets().stream()
                        .filter(a -> a.layer() == layer)
                        .mapToDouble(a -> placement.positions().get(a.id()).y())
                        .min()
                        .orElse(Double.NaN);
            }
            for (int i = 0; i < 3; i++) {
                assertThat(lowestOfBand[i])
                        .as("%s: band %d above band %d", pilot.id(), i, i + 1)
                        .isLessThan(highestOfBand[i + 1]);
            }
        }
    }

    @Test
    void eachOrganisationKeepsToOneColumnInTheSameOrderInEveryBand() {
        for (Scenario pilot : GraphFixture.PILOTS) {
            // given
            VisibleGraph graph = VisibleGraph.of(pilot, Collapsing.at(DetailLevel.ASSET, pilot), a -> true);

            // when
            Placement placement = layout.place(graph, organisations(pilot), LayoutProgress.NONE);

            // then the x ranges of two organisations never overlap, and follow the scenario's order
            List<String> order = organisations(pilot).stream()
                    .filter(o ->
                            pilot.assets().stream().anyMatch(a -> a.ownerId().equals(o)))
                    .toList();
            double previousRight = Double.NEGATIVE_INFINITY;
            for (String organisation : order) {
                double left = xs(pilot, placement, organisation).min().orElseThrow();
                double right = xs(pilot, placement, organisation).max().orElseThrow();
                assertThat(left)
                        .as("%s: %s starts right of the organisation before it", pilot.id(), organisation)
                        .isGreaterThan(previousRight);
                previousRight = right;
            }
        }
    }

    @Test
    void aCollapsedOrganisationStandsInItsOwnColumn() {
        // given the retail pilot with one organisation per node
        Scenario retail = GraphFixture.pilot(GraphFixture.RETAIL);
        VisibleGraph graph = VisibleGraph.of(retail, Collapsing.at(DetailLevel.ORGANISATION, retail), a -> true);

        // when
        Placement placement = layout.place(graph, organisations(retail), LayoutProgress.NONE);

        // then one node per organisation, each further right than the one before
        assertThat(graph.nodes()).hasSize(retail.organisations().size());
        List<Double> xs = organisations(retail).stream()
                .map(o -> placement.positions().get(NodeIds.organisation(o)).x())
                .toList();
        assertThat(xs).isSorted().doesNotHaveDuplicates();
    }

    private static java.util.stream.DoubleStream xs(Scenario pilot, Placement placement, String organisation) {
        return pilot.assets().stream()
                .filter(a -> a.ownerId().equals(organisation))
                .mapToDouble(a -> placement.positions().get(a.id()).x());
    }

    static List<String> organisations(Scenario scenario) {
        return scenario.organisations().stream().map(Organisation::id).toList();
    }
}
