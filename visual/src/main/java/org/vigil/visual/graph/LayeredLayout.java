package org.vigil.visual.graph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.core.model.Layer;

/**
 * The four layers as horizontal bands, business on top, then cyber, physical and human (what the
 * business needs above what it runs on); within every band the organisations in the same column
 * order, so an organisation reads as a vertical stripe. A cell of one organisation in one band
 * fills rows of at most {@value #PER_ROW} nodes. A collapsed organisation stands in the middle of
 * its column. Linear in the number of nodes.
 */
public final class LayeredLayout implements GraphLayout {

    /** The bands from top to bottom. */
    public static final List<Layer> BAND_ORDER = List.of(Layer.BUSINESS, Layer.CYBER, Layer.PHYSICAL, Layer.HUMAN);

    static final int PER_ROW = 6;
    static final double SLOT = 124;
    static final double ROW = 84;
    static final double BAND_PADDING = 28;
    static final double COLUMN_GAP = 48;
    /** Room at the left for the band labels. */
    static final double LABEL_MARGIN = 140;

    @Override
    public Placement place(VisibleGraph graph, List<String> organisationOrder, LayoutProgress progress) {
        Map<String, Map<Layer, List<String>>> cells = new LinkedHashMap<>();
        organisationOrder.forEach(o -> cells.put(o, new EnumMap<>(Layer.class)));
        Map<String, String> collapsedOrganisations = new HashMap<>();
        for (VisibleGraph.Node node : graph.nodes()) {
            Map<Layer, List<String>> column =
                    cells.computeIfAbsent(node.organisationId(), o -> new EnumMap<>(Layer.class));
            if (node.layer().isEmpty()) {
                collapsedOrganisations.put(node.organisationId(), node.id());
            } else {
                column.computeIfAbsent(node.layer().get(), l -> new ArrayList<>())
                        .add(node.id());
            }
        }
        Map<Layer, Double> bandHeights = new EnumMap<>(Layer.class);
        for (Layer layer : BAND_ORDER) {
            int rows = 1;
            for (Map<Layer, List<String>> column : cells.values()) {
                rows = Math.max(
                        rows, rowsOf(column.getOrDefault(layer, List.of()).size()));
            }
            bandHeights.put(layer, rows * ROW + 2 * BAND_PADDING);
        }
        List<Placement.Band> bands = new ArrayList<>();
        Map<Layer, Double> bandTops = new EnumMap<>(Layer.class);
        double top = 0;
        for (Layer layer : BAND_ORDER) {
            bands.add(new Placement.Band(layer, top, bandHeights.get(layer)));
            bandTops.put(layer, top);
            top += bandHeights.get(layer);
        }
        double height = top;
        Map<String, Point> positions = new HashMap<>();
        double left = LABEL_MARGIN;
        for (Map.Entry<String, Map<Layer, List<String>>> column : cells.entrySet()) {
            String collapsed = collapsedOrganisations.get(column.getKey());
            int slots = collapsed == null ? 0 : 1;
            for (List<String> cell : column.getValue().values()) {
                slots = Math.max(slots, Math.min(cell.size(), PER_ROW));
            }
            if (slots == 0) {
                continue; // every asset of the organisation is filtered out
            }
            if (collapsed != null) {
                positions.put(collapsed, new Point(left + SLOT / 2, height / 2));
            }
            for (Map.Entry<Layer, List<String>> cell : column.getValue().entrySet()) {
                List<String> ids = cell.getValue();
                double cellTop = bandTops.get(cell.getKey()) + BAND_PADDING;
                for (int i = 0; i < ids.size(); i++) {
                    positions.put(
                            ids.get(i),
                            new Point(left + (i % PER_ROW + 0.5) * SLOT, cellTop + (i / PER_ROW + 0.5) * ROW));
                }
            }
            left += slots * SLOT + COLUMN_GAP;
        }
        progress.reported(1);
        return new Placement(positions, bands, left, height);
    }

    private static int rowsOf(int count) {
        return (count + PER_ROW - 1) / PER_ROW;
    }
}
