package org.vigil.visual.graph.render;

import java.util.Objects;
import org.vigil.core.model.DependencyType;
import org.vigil.visual.graph.scene.Emphasis;
import org.vigil.visual.graph.scene.NodeCondition;
import org.vigil.visual.graph.scene.NodeKind;
import org.vigil.visual.graph.scene.SceneEdge;
import org.vigil.visual.graph.scene.SceneNode;

/**
 * How the graph looks, toolkit-free, shared by the canvas, the PNG and the SVG export (and mapped to
 * GraphStream's stylesheet) so all of them look alike. Colours are the Okabe–Ito palette, safe for
 * the common colour-vision deficiencies, and every condition also has its own shape and mark.
 * Colours are 0xRRGGBB.
 */
public final class GraphStyle {

    public static final int BLACK = 0x000000;
    public static final int ORANGE = 0xE69F00;
    public static final int SKY_BLUE = 0x56B4E9;
    public static final int BLUISH_GREEN = 0x009E73;
    public static final int YELLOW = 0xF0E442;
    public static final int BLUE = 0x0072B2;
    public static final int VERMILLION = 0xD55E00;
    public static final int REDDISH_PURPLE = 0xCC79A7;
    public static final int GREY = 0x999999;
    public static final int WHITE = 0xFFFFFF;

    /** Text size of node labels and band labels, in pixels. */
    public static final double LABEL_SIZE = 12;

    /** How a node's body is drawn for its condition. */
    public record NodeLook(NodeShape shape, ConditionMark mark, int fill, int outline) {
        public NodeLook {
            Objects.requireNonNull(shape, "shape");
            Objects.requireNonNull(mark, "mark");
        }
    }

    /** How an edge is drawn: dash pattern, colour and width in pixels (before emphasis). */
    public record EdgeLook(LineDash dash, int colour, double width) {
        public EdgeLook {
            Objects.requireNonNull(dash, "dash");
        }
    }

    /** The look of a single asset in a condition. */
    public NodeLook node(NodeCondition condition) {
        return switch (condition) {
            case NORMAL -> new NodeLook(NodeShape.CIRCLE, ConditionMark.NONE, SKY_BLUE, BLACK);
            case AT_RISK -> new NodeLook(NodeShape.TRIANGLE, ConditionMark.DASHED_RING, YELLOW, BLACK);
            case DEGRADED -> new NodeLook(NodeShape.DIAMOND, ConditionMark.HALF_FILL, ORANGE, BLACK);
            case FAILED -> new NodeLook(NodeShape.SQUARE, ConditionMark.CROSS, VERMILLION, BLACK);
            case COMPROMISED -> new NodeLook(NodeShape.OCTAGON, ConditionMark.EXCLAMATION, REDDISH_PURPLE, BLACK);
        };
    }

    /** The shape of a node's body: its condition's shape, or a rounded rectangle for a group. */
    public NodeShape body(NodeKind kind, NodeCondition condition) {
        return kind == NodeKind.ASSET ? node(condition).shape() : NodeShape.ROUNDED_RECTANGLE;
    }

    public NodeShape body(SceneNode node) {
        return body(node.kind(), node.condition());
    }

    /** Solid for what carries the dependent, dashed for what lets it work, dotted for oversight. */
    public LineDash dash(DependencyType type) {
        return switch (type) {
            case HOSTS, SUPPLIES, TRANSPORTS, STORES_DATA_OF -> LineDash.SOLID;
            case CONNECTS, AUTHENTICATES, PAYS, ENABLES -> LineDash.DASHED;
            case OPERATES, MONITORS -> LineDash.DOTTED;
        };
    }

    /**
     * An edge's look: its type's dash in grey, or for impact flowing through it a thicker vermillion
     * long-dash-dot; wider for every doubling of its multiplicity.
     */
    public EdgeLook edge(DependencyType type, boolean impactFlows, int multiplicity) {
        double width = (impactFlows ? 3.0 : 1.2) + 0.9 * widthStep(multiplicity);
        return impactFlows ? new EdgeLook(LineDash.IMPACT, VERMILLION, width) : new EdgeLook(dash(type), GREY, width);
    }

    public EdgeLook edge(SceneEdge edge) {
        return edge(edge.type(), edge.impactFlows(), edge.multiplicity());
    }

    /** 0 for one dependency, one more per doubling, at most 6. */
    static int widthStep(int multiplicity) {
        return Math.min(6, 31 - Integer.numberOfLeadingZeros(Math.max(1, multiplicity)));
    }

    public double opacity(Emphasis emphasis) {
        return emphasis == Emphasis.FADED ? 0.22 : 1.0;
    }

    public int background() {
        return WHITE;
    }

    /** Bands alternate between two backgrounds. */
    public int bandFill(int index) {
        return index % 2 == 0 ? 0xF0F0F0 : WHITE;
    }

    public int text() {
        return 0x1A1A1A;
    }

    /** The ring arc that shows a node's impact (its length is the impact), over a light track. */
    public int impactArc() {
        return 0x333333;
    }

    /** The full ring under the impact arc, so its length reads as a share. */
    public int impactTrack() {
        return 0xC8C8C8;
    }

    /** The pennant of a node with an open incident. */
    public int incidentBadge() {
        return VERMILLION;
    }

    /** The thick outline of a highlighted node or edge. */
    public int highlight() {
        return BLACK;
    }

    /** The ring round the selected node and round the focused canvas. */
    public int focus() {
        return BLUE;
    }
}
