package org.vigil.visual.graph.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.vigil.visual.graph.scene.Emphasis;
import org.vigil.visual.graph.scene.NodeKind;
import org.vigil.visual.graph.scene.SceneBand;
import org.vigil.visual.graph.scene.SceneEdge;
import org.vigil.visual.graph.scene.SceneNode;

/**
 * A scene as SVG at world scale, in the look of {@link GraphStyle}: bands, one {@code <line
 * class="edge">} per edge (arrowheads as markers), one {@code <g class="node">} per node with its
 * tooltip as {@code <title>}, its shape, marks and badges, and its label as real text; band labels
 * last. Written with StAX, so the output is well-formed whatever the names contain.
 */
final class SvgSceneWriter {

    private static final String SVG = "http://www.w3.org/2000/svg";

    private final GraphStyle style;

    SvgSceneWriter(GraphStyle style) {
        this.style = style;
    }

    void write(SceneIndex index, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            document(index, xml);
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write SVG: " + e.getMessage(), e);
        }
    }

    private void document(SceneIndex index, XMLStreamWriter xml) throws XMLStreamException {
        double[] e = index.extent();
        double x0 = e[0];
        double y0 = e[1];
        double w = Math.max(1, e[2] - e[0]);
        double h = Math.max(1, e[3] - e[1]);
        xml.writeStartElement("svg");
        xml.writeDefaultNamespace(SVG);
        xml.writeAttribute("width", n(w));
        xml.writeAttribute("height", n(h));
        xml.writeAttribute("viewBox", n(x0) + " " + n(y0) + " " + n(w) + " " + n(h));
        xml.writeAttribute("font-family", "sans-serif");
        markers(index, xml);
        rect(xml, "background", x0, y0, w, h, style.background());

        xml.writeStartElement("g");
        xml.writeAttribute("class", "bands");
        for (int b = 0; b < index.scene().bands().size(); b++) {
            SceneBand band = index.scene().bands().get(b);
            rect(xml, "band", x0, band.top(), w, band.height(), style.bandFill(b));
        }
        xml.writeEndElement();

        xml.writeStartElement("g");
        xml.writeAttribute("class", "edges");
        for (int k = 0; k < index.edgeCount(); k++) {
            edge(index, k, xml);
        }
        xml.writeEndElement();

        xml.writeStartElement("g");
        xml.writeAttribute("class", "nodes");
        Integer[] order = new Integer[index.nodeCount()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Same stacking as on the canvas, so what is on top there is on top here.
        Arrays.sort(order, (a, b) -> index.drawnAfter(a, b) ? 1 : a.equals(b) ? 0 : -1);
        for (int i : order) {
            node(index, i, xml);
        }
        xml.writeEndElement();

        xml.writeStartElement("g");
        xml.writeAttribute("class", "band-labels");
        for (SceneBand band : index.scene().bands()) {
            text(xml, "band-label", band.label(), x0 + 6, band.top() + GraphStyle.LABEL_SIZE + 3, true, "start");
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void markers(SceneIndex index, XMLStreamWriter xml) throws XMLStreamException {
        Set<Integer> colours = new TreeSet<>();
        for (int k = 0; k < index.edgeCount(); k++) {
            colours.add(edgeColour(index.edge(k)));
        }
        xml.writeStartElement("defs");
        for (int colour : colours) {
            xml.writeStartElement("marker");
            xml.writeAttribute("id", "arrow-" + hex(colour).substring(1));
            xml.writeAttribute("viewBox", "0 0 10 10");
            xml.writeAttribute("refX", "10");
            xml.writeAttribute("refY", "5");
            xml.writeAttribute("markerWidth", "5");
            xml.writeAttribute("markerHeight", "5");
            xml.writeAttribute("orient", "auto");
            xml.writeEmptyElement("path");
            xml.writeAttribute("d", "M0 0L10 5L0 10Z");
            xml.writeAttribute("fill", hex(colour));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private int edgeColour(SceneEdge edge) {
        boolean strong = edge.emphasis() == Emphasis.HIGHLIGHTED || edge.emphasis() == Emphasis.SELECTED;
        return strong && !edge.impactFlows()
                ? style.highlight()
                : style.edge(edge).colour();
    }

    private void edge(SceneIndex index, int k, XMLStreamWriter xml) throws XMLStreamException {
        SceneEdge edge = index.edge(k);
        int a = index.from(k);
        int b = index.to(k);
        double dx = index.x(b) - index.x(a);
        double dy = index.y(b) - index.y(a);
        double length = Math.max(1e-9, Math.hypot(dx, dy));
        double ra = Math.min(index.halfHeight(a), length / 2);
        double rb = Math.min(index.halfHeight(b), length / 2);
        GraphStyle.EdgeLook look = style.edge(edge);
        boolean strong = edge.emphasis() == Emphasis.HIGHLIGHTED || edge.emphasis() == Emphasis.SELECTED;
        int colour = edgeColour(edge);
        xml.writeStartElement("line");
        xml.writeAttribute(
                "class", "edge " + edge.type().name().toLowerCase(Locale.ROOT) + (edge.impactFlows() ? " impact" : ""));
        xml.writeAttribute("data-from", edge.fromId());
        xml.writeAttribute("data-to", edge.toId());
        xml.writeAttribute("x1", n(index.x(a) + dx / length * ra));
        xml.writeAttribute("y1", n(index.y(a) + dy / length * ra));
        xml.writeAttribute("x2", n(index.x(b) - dx / length * rb));
        xml.writeAttribute("y2", n(index.y(b) - dy / length * rb));
        xml.writeAttribute("stroke", hex(colour));
        xml.writeAttribute("stroke-width", n(strong ? look.width() + 1.5 : look.width()));
        dash(xml, look.dash());
        opacity(xml, edge.emphasis());
        xml.writeAttribute("marker-end", "url(#arrow-" + hex(colour).substring(1) + ")");
        if (edge.multiplicity() > 1) {
            xml.writeStartElement("title");
            xml.writeCharacters("×" + edge.multiplicity());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void node(SceneIndex index, int i, XMLStreamWriter xml) throws XMLStreamException {
        SceneNode node = index.node(i);
        GraphStyle.NodeLook look = style.node(node.condition());
        boolean group = node.kind() != NodeKind.ASSET;
        NodeShape shape = style.body(node);
        double cx = index.x(i);
        double cy = index.y(i);
        double r = node.radius();
        xml.writeStartElement("g");
        xml.writeAttribute(
                "class",
                "node " + node.condition().name().toLowerCase(Locale.ROOT) + " "
                        + node.emphasis().name().toLowerCase(Locale.ROOT));
        xml.writeAttribute("data-id", node.id());
        opacity(xml, node.emphasis());
        xml.writeStartElement("title");
        xml.writeCharacters(node.tooltip());
        xml.writeEndElement();

        SvgPathData body = new SvgPathData();
        shape.outline(body, cx, cy, r);
        boolean halfFilled = !group && look.mark() == ConditionMark.HALF_FILL;
        path(xml, "body", body, halfFilled ? GraphStyle.WHITE : look.fill(), look.outline(), 1.2, LineDash.SOLID);
        if (group) {
            double br = r * 0.42;
            double bx = cx - index.halfWidth(i);
            double by = cy - index.halfHeight(i);
            SvgPathData badge = new SvgPathData();
            look.shape().outline(badge, bx, by, br);
            int badgeFill = look.mark() == ConditionMark.HALF_FILL ? GraphStyle.WHITE : look.fill();
            path(xml, "badge", badge, badgeFill, look.outline(), 1.2, LineDash.SOLID);
            mark(xml, look, look.shape(), bx, by, br);
            text(xml, "count", Integer.toString(node.memberCount()), cx, cy + r * 0.35, true, "middle");
        } else {
            mark(xml, look, shape, cx, cy, r);
        }
        if (node.impact() > 0) {
            double ring = ConditionMark.ringRadius(Math.max(r, index.halfWidth(i))) + 3;
            SvgPathData track = new SvgPathData();
            track.circle(cx, cy, ring);
            path(xml, "impact-track", track, -1, style.impactTrack(), 3, LineDash.SOLID);
            SvgPathData arc = new SvgPathData();
            arc.moveTo(PathSink.arcX(cx, ring, 90), PathSink.arcY(cy, ring, 90));
            arc.arc(cx, cy, ring, 90, -360 * node.impact());
            path(xml, "impact", arc, -1, style.impactArc(), 3, LineDash.SOLID);
        }
        if (node.incident()) {
            double size = Math.max(6, r * 0.55);
            double poleX = cx + index.halfWidth(i) * 0.7;
            double foot = cy - index.halfHeight(i) * 0.7;
            double top = foot - size * 1.5;
            SvgPathData flag = new SvgPathData();
            flag.moveTo(poleX, foot);
            flag.lineTo(poleX, top);
            flag.lineTo(poleX + size, top + size * 0.4);
            flag.lineTo(poleX, top + size * 0.8);
            flag.closePath();
            path(xml, "incident", flag, style.incidentBadge(), GraphStyle.BLACK, 1.2, LineDash.SOLID);
        }
        if (node.emphasis() == Emphasis.HIGHLIGHTED) {
            path(xml, "highlight", body, -1, style.highlight(), 3.2, LineDash.SOLID);
        } else if (node.emphasis() == Emphasis.SELECTED) {
            SvgPathData ring = new SvgPathData();
            ring.circle(cx, cy, Math.max(index.halfWidth(i), index.halfHeight(i)) + 6);
            path(xml, "selection", ring, -1, style.focus(), 3, LineDash.SOLID);
        }
        if (!node.label().isEmpty()) {
            double below = cy + ConditionMark.ringRadius(index.halfHeight(i)) + GraphStyle.LABEL_SIZE;
            text(xml, "label", node.label(), cx, below, false, "middle");
        }
        xml.writeEndElement();
    }

    private void mark(XMLStreamWriter xml, GraphStyle.NodeLook look, NodeShape shape, double cx, double cy, double r)
            throws XMLStreamException {
        if (look.mark() == ConditionMark.NONE) {
            return;
        }
        SvgPathData mark = new SvgPathData();
        look.mark().path(mark, shape, cx, cy, r);
        switch (look.mark()) {
            case DASHED_RING -> path(xml, "mark", mark, -1, GraphStyle.BLACK, 1.5, LineDash.RING);
            case CROSS -> path(xml, "mark", mark, -1, GraphStyle.BLACK, 2, LineDash.SOLID);
            case HALF_FILL -> path(xml, "mark", mark, look.fill(), -1, 0, LineDash.SOLID);
            case EXCLAMATION -> path(xml, "mark", mark, GraphStyle.BLACK, -1, 0, LineDash.SOLID);
            case NONE -> {}
        }
    }

    /** A path; a negative fill or stroke colour means none. */
    private static void path(
            XMLStreamWriter xml, String cls, SvgPathData d, int fill, int stroke, double width, LineDash dash)
            throws XMLStreamException {
        xml.writeEmptyElement("path");
        xml.writeAttribute("class", cls);
        xml.writeAttribute("d", d.toString());
        xml.writeAttribute("fill", fill < 0 ? "none" : hex(fill));
        if (stroke >= 0) {
            xml.writeAttribute("stroke", hex(stroke));
            xml.writeAttribute("stroke-width", n(width));
            dash(xml, dash);
        }
    }

    private static void rect(XMLStreamWriter xml, String cls, double x, double y, double w, double h, int fill)
            throws XMLStreamException {
        xml.writeEmptyElement("rect");
        xml.writeAttribute("class", cls);
        xml.writeAttribute("x", n(x));
        xml.writeAttribute("y", n(y));
        xml.writeAttribute("width", n(w));
        xml.writeAttribute("height", n(h));
        xml.writeAttribute("fill", hex(fill));
    }

    private void text(XMLStreamWriter xml, String cls, String text, double x, double y, boolean bold, String anchor)
            throws XMLStreamException {
        xml.writeStartElement("text");
        xml.writeAttribute("class", cls);
        xml.writeAttribute("x", n(x));
        xml.writeAttribute("y", n(y));
        xml.writeAttribute("font-size", n(GraphStyle.LABEL_SIZE));
        if (bold) {
            xml.writeAttribute("font-weight", "bold");
        }
        xml.writeAttribute("text-anchor", anchor);
        xml.writeAttribute("fill", hex(style.text()));
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void dash(XMLStreamWriter xml, LineDash dash) throws XMLStreamException {
        if (!dash.solid()) {
            StringBuilder pattern = new StringBuilder();
            for (double p : dash.pattern()) {
                pattern.append(pattern.length() == 0 ? "" : " ").append(n(p));
            }
            xml.writeAttribute("stroke-dasharray", pattern.toString());
        }
    }

    private void opacity(XMLStreamWriter xml, Emphasis emphasis) throws XMLStreamException {
        double opacity = style.opacity(emphasis);
        if (opacity < 1) {
            xml.writeAttribute("opacity", n(opacity));
        }
    }

    private static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06X", rgb & 0xFFFFFF);
    }

    private static String n(double v) {
        return SvgPathData.number(v);
    }
}
