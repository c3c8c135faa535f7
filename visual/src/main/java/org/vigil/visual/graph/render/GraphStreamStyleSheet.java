package org.vigil.visual.graph.render;

import java.util.Locale;
import org.vigil.visual.graph.scene.Emphasis;
import org.vigil.visual.graph.scene.NodeCondition;

/**
 * {@link GraphStyle} as a GraphStream stylesheet, so the comparison renderer looks like the canvas:
 * one class per condition, kind and emphasis (GraphStream's CSS has no compound selectors), with
 * GraphStream's nearest shapes (circle, triangle with dashed stroke, diamond, box, cross; groups as
 * rounded boxes). Edge dashes have no GraphStream equivalent; impact flows are wider and vermillion.
 */
final class GraphStreamStyleSheet {

    private final GraphStyle style;

    GraphStreamStyleSheet(GraphStyle style) {
        this.style = style;
    }

    /** The class of a node: condition, asset or group, emphasis. */
    static String nodeClass(NodeCondition condition, boolean group, Emphasis emphasis) {
        return condition.name().toLowerCase(Locale.ROOT)
                + (group ? "_group_" : "_asset_")
                + emphasis.name().toLowerCase(Locale.ROOT);
    }

    static String edgeClass(boolean impactFlows, Emphasis emphasis) {
        return (impactFlows ? "impact_" : "plain_") + emphasis.name().toLowerCase(Locale.ROOT);
    }

    String css() {
        StringBuilder css = new StringBuilder();
        css.append("graph { fill-color: ").append(hex(style.background(), 1)).append("; padding: 24px; }\n");
        css.append("node { size-mode: dyn-size; size: 10gu; stroke-mode: plain; stroke-width: 1px;"
                + " text-alignment: under; text-size: 12; text-visibility-mode: under-zoom; text-visibility: 0.3; }\n");
        for (NodeCondition condition : NodeCondition.values()) {
            GraphStyle.NodeLook look = style.node(condition);
            for (boolean group : new boolean[] {false, true}) {
                for (Emphasis emphasis : Emphasis.values()) {
                    double alpha = style.opacity(emphasis);
                    css.append("node.")
                            .append(nodeClass(condition, group, emphasis))
                            .append(" { shape: ")
                            .append(group ? "rounded-box" : shape(look.shape()))
                            .append("; fill-color: ")
                            .append(hex(look.fill(), alpha))
                            .append("; stroke-color: ")
                            .append(hex(emphasis == Emphasis.SELECTED ? style.focus() : look.outline(), alpha))
                            .append("; stroke-mode: ")
                            .append(look.mark() == ConditionMark.DASHED_RING ? "dashes" : "plain")
                            .append("; stroke-width: ")
                            .append(emphasis == Emphasis.HIGHLIGHTED || emphasis == Emphasis.SELECTED ? 3 : 1)
                            .append("px; text-color: ")
                            .append(hex(style.text(), alpha))
                            .append("; }\n");
                }
            }
        }
        css.append("edge { arrow-shape: arrow; arrow-size: 7px, 4px; }\n");
        for (boolean impact : new boolean[] {false, true}) {
            for (Emphasis emphasis : Emphasis.values()) {
                boolean strong = emphasis == Emphasis.HIGHLIGHTED || emphasis == Emphasis.SELECTED;
                int colour = impact ? GraphStyle.VERMILLION : strong ? style.highlight() : GraphStyle.GREY;
                css.append("edge.")
                        .append(edgeClass(impact, emphasis))
                        .append(" { fill-color: ")
                        .append(hex(colour, style.opacity(emphasis)))
                        .append("; size: ")
                        .append(impact ? 3 : strong ? 2.7 : 1.2)
                        .append("px; }\n");
            }
        }
        return css.toString();
    }

    private static String shape(NodeShape shape) {
        return switch (shape) {
            case CIRCLE -> "circle";
            case TRIANGLE -> "triangle";
            case DIAMOND -> "diamond";
            case SQUARE -> "box";
            case OCTAGON -> "cross";
            case ROUNDED_RECTANGLE -> "rounded-box";
        };
    }

    private static String hex(int rgb, double alpha) {
        return String.format(
                Locale.ROOT,
                "rgba(%d,%d,%d,%d)",
                (rgb >> 16) & 0xFF,
                (rgb >> 8) & 0xFF,
                rgb & 0xFF,
                Math.round(alpha * 255));
    }
}
