package org.vigil.visual.graph.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.DependencyType;
import org.vigil.visual.graph.scene.Emphasis;
import org.vigil.visual.graph.scene.NodeCondition;
import org.vigil.visual.graph.scene.NodeKind;

class GraphStyleTest {

    private final GraphStyle style = new GraphStyle();

    @Test
    void everyConditionHasItsOwnShapeNotOnlyItsOwnColour() {
        Set<NodeShape> shapes = EnumSet.noneOf(NodeShape.class);
        for (NodeCondition c : NodeCondition.values()) {
            assertThat(shapes.add(style.node(c).shape())).as("shape of %s", c).isTrue();
        }
        assertThat(shapes).doesNotContain(NodeShape.ROUNDED_RECTANGLE); // kept for groups

        Set<Integer> colours = Arrays.stream(NodeCondition.values())
                .map(c -> style.node(c).fill())
                .collect(Collectors.toSet());
        assertThat(colours).hasSize(NodeCondition.values().length);
    }

    @Test
    void everyConditionButNormalAddsItsOwnMark() {
        Set<ConditionMark> marks = Arrays.stream(NodeCondition.values())
                .map(c -> style.node(c).mark())
                .collect(Collectors.toSet());

        assertThat(marks).hasSize(NodeCondition.values().length);
        assertThat(style.node(NodeCondition.NORMAL).mark()).isEqualTo(ConditionMark.NONE);
    }

    @Test
    void groupsAreRoundedRectangles() {
        assertThat(style.body(NodeKind.ORGANISATION, NodeCondition.FAILED)).isEqualTo(NodeShape.ROUNDED_RECTANGLE);
        assertThat(style.body(NodeKind.ASSET, NodeCondition.FAILED)).isEqualTo(NodeShape.SQUARE);
    }

    @Test
    void edgeTypesUseSolidDashedAndDottedAndImpactDiffersByDashAndWidth() {
        Set<LineDash> dashes =
                Arrays.stream(DependencyType.values()).map(style::dash).collect(Collectors.toSet());
        assertThat(dashes).containsExactlyInAnyOrder(LineDash.SOLID, LineDash.DASHED, LineDash.DOTTED);

        GraphStyle.EdgeLook plain = style.edge(DependencyType.HOSTS, false, 1);
        GraphStyle.EdgeLook impact = style.edge(DependencyType.HOSTS, true, 1);
        assertThat(impact.dash()).isNotEqualTo(plain.dash());
        assertThat(impact.width()).isGreaterThan(plain.width());
        assertThat(style.edge(DependencyType.HOSTS, false, 8).width()).isGreaterThan(plain.width());
    }

    @Test
    void fadedIsFaintAndTheRestOpaque() {
        assertThat(style.opacity(Emphasis.FADED)).isLessThan(0.5);
        assertThat(style.opacity(Emphasis.NORMAL)).isEqualTo(1.0);
    }
}
