package org.vigil.visual.graph;

import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.vigil.core.model.DependencyType;
import org.vigil.visual.graph.render.ConditionMark;
import org.vigil.visual.graph.render.GraphStyle;
import org.vigil.visual.graph.render.NodeShape;
import org.vigil.visual.graph.scene.NodeCondition;
import org.vigil.visual.text.UiText;

/**
 * What the graph's shapes, marks and lines mean, drawn with the renderer's own style so the two
 * always agree: each condition's shape and mark, the dependency line styles, groups, incidents and
 * fading.
 */
final class GraphLegend extends TitledPane {

    private static final double R = 7;

    private final GraphStyle style = new GraphStyle();
    private final UiText text;

    GraphLegend(UiText text) {
        this.text = text;
        getStyleClass().add("graph-legend");
        textProperty().bind(text.bind("graph.legend.title"));
        VBox rows = new VBox(4);
        rows.getChildren().add(heading("graph.legend.conditions"));
        for (NodeCondition condition : NodeCondition.values()) {
            rows.getChildren().add(row(conditionIcon(condition), "graph.condition." + condition.name()));
        }
        rows.getChildren().add(heading("graph.legend.edges"));
        rows.getChildren().add(row(line(style.edge(DependencyType.HOSTS, false, 1)), "graph.legend.edge.solid"));
        rows.getChildren().add(row(line(style.edge(DependencyType.CONNECTS, false, 1)), "graph.legend.edge.dashed"));
        rows.getChildren().add(row(line(style.edge(DependencyType.MONITORS, false, 1)), "graph.legend.edge.dotted"));
        rows.getChildren().add(row(line(style.edge(DependencyType.HOSTS, true, 1)), "graph.legend.edge.impact"));
        rows.getChildren().add(row(line(style.edge(DependencyType.HOSTS, false, 8)), "graph.legend.edge.multiple"));
        Rectangle group = new Rectangle(
                2 * R * 1.4, 2 * R, colour(style.node(NodeCondition.NORMAL).fill()));
        group.setArcWidth(R);
        group.setArcHeight(R);
        group.setStroke(colour(style.node(NodeCondition.NORMAL).outline()));
        rows.getChildren().add(row(group, "graph.legend.group"));
        Polygon pennant = new Polygon(0, 0, 10, 4, 0, 8);
        pennant.setFill(colour(style.incidentBadge()));
        rows.getChildren().add(row(pennant, "graph.legend.incident"));
        Node faded = conditionIcon(NodeCondition.NORMAL);
        faded.setOpacity(style.opacity(org.vigil.visual.graph.scene.Emphasis.FADED));
        rows.getChildren().add(row(faded, "graph.legend.faded"));
        setContent(rows);
    }

    private Label heading(String key) {
        Label label = new Label();
        label.textProperty().bind(text.bind(key));
        label.getStyleClass().add("graph-legend-heading");
        return label;
    }

    private HBox row(Node icon, String key) {
        StackedIcon holder = new StackedIcon(icon);
        Label label = new Label();
        label.textProperty().bind(text.bind(key));
        label.setWrapText(true);
        HBox row = new HBox(8, holder, label);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node conditionIcon(NodeCondition condition) {
        GraphStyle.NodeLook look = style.node(condition);
        Shape body = body(look.shape());
        body.setFill(colour(look.fill()));
        body.setStroke(colour(look.outline()));
        Group icon = new Group(body);
        Shape mark = mark(look.mark());
        if (mark != null) {
            icon.getChildren().add(mark);
        }
        return icon;
    }

    private static Shape body(NodeShape shape) {
        return switch (shape) {
            case CIRCLE -> new Circle(0, 0, R);
            case TRIANGLE -> new Polygon(0, -R * 1.2, R * 1.15, R * 0.8, -R * 1.15, R * 0.8);
            case DIAMOND -> new Polygon(0, -R * 1.15, R * 1.15, 0, 0, R * 1.15, -R * 1.15, 0);
            case SQUARE -> new Rectangle(-R * 0.9, -R * 0.9, 1.8 * R, 1.8 * R);
            case OCTAGON -> {
                double[] points = new double[16];
                for (int k = 0; k < 8; k++) {
                    double a = Math.PI / 8 + k * Math.PI / 4;
                    points[2 * k] = R * Math.cos(a);
                    points[2 * k + 1] = R * Math.sin(a);
                }
                yield new Polygon(points);
            }
            case ROUNDED_RECTANGLE -> {
                Rectangle r = new Rectangle(-R * 1.4, -R, 2.8 * R, 2 * R);
                r.setArcWidth(R);
                r.setArcHeight(R);
                yield r;
            }
            // A shape the renderer may add later: a plain circle until the legend learns it.
            default -> new Circle(0, 0, R);
        };
    }

    private static Shape mark(ConditionMark mark) {
        return switch (mark) {
            case NONE -> null;
            case DASHED_RING -> {
                Circle ring = new Circle(0, 0, R * 1.3 + 2, Color.TRANSPARENT);
                ring.setStroke(Color.BLACK);
                ring.getStrokeDashArray().addAll(3.0, 2.0);
                yield ring;
            }
            case HALF_FILL -> {
                Polygon half = new Polygon(-R * 1.15, 0, R * 1.15, 0, 0, R * 1.15);
                half.setFill(Color.BLACK.deriveColor(0, 1, 1, 0.35));
                yield half;
            }
            case CROSS -> {
                double s = R * 0.55;
                Polygon cross = new Polygon(-s, -s, s, s, 0, 0, s, -s, -s, s, 0, 0);
                cross.setStroke(Color.BLACK);
                cross.setStrokeWidth(1.6);
                yield cross;
            }
            case EXCLAMATION -> {
                Rectangle bar = new Rectangle(-R * 0.13, -R * 0.6, R * 0.26, R * 0.95);
                bar.setFill(Color.WHITE);
                yield bar;
            }
        };
    }

    private static Node line(GraphStyle.EdgeLook look) {
        Line line = new Line(0, 0, 28, 0);
        line.setStroke(colour(look.colour()));
        line.setStrokeWidth(look.width());
        for (double dash : look.dash().pattern()) {
            line.getStrokeDashArray().add(dash);
        }
        return line;
    }

    private static Color colour(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    /** Centres icons of different sizes in one column. */
    private static final class StackedIcon extends javafx.scene.layout.StackPane {
        StackedIcon(Node icon) {
            super(icon);
            setMinWidth(34);
            setPrefWidth(34);
        }
    }
}
