package org.vigil.visual.graph;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Layer;
import org.vigil.visual.graph.scene.NodeCondition;

/**
 * What the graph hides: layers, organisations and conditions the analyst switched off. Stored as
 * what is hidden, so an organisation a scenario gains later shows by default.
 */
public record GraphFilter(
        Set<Layer> hiddenLayers, Set<String> hiddenOrganisations, Set<NodeCondition> hiddenConditions) {

    public static final GraphFilter NONE = new GraphFilter(Set.of(), Set.of(), Set.of());

    public GraphFilter {
        hiddenLayers = Set.copyOf(hiddenLayers);
        hiddenOrganisations = Set.copyOf(hiddenOrganisations);
        hiddenConditions = Set.copyOf(hiddenConditions);
    }

    /** Whether the asset shows when it stands in {@code condition}. */
    public boolean shows(Asset asset, NodeCondition condition) {
        return !hiddenLayers.contains(asset.layer())
                && !hiddenOrganisations.contains(asset.ownerId())
                && !hiddenConditions.contains(condition);
    }

    public boolean isEmpty() {
        return hiddenLayers.isEmpty() && hiddenOrganisations.isEmpty() && hiddenConditions.isEmpty();
    }

    public GraphFilter showingLayer(Layer layer, boolean shown) {
        Set<Layer> next = hiddenLayers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(hiddenLayers);
        toggle(next, layer, shown);
        return new GraphFilter(next, hiddenOrganisations, hiddenConditions);
    }

    public GraphFilter showingOrganisation(String organisationId, boolean shown) {
        Set<String> next = new HashSet<>(hiddenOrganisations);
        toggle(next, organisationId, shown);
        return new GraphFilter(hiddenLayers, next, hiddenConditions);
    }

    public GraphFilter showingCondition(NodeCondition condition, boolean shown) {
        Set<NodeCondition> next = new HashSet<>(hiddenConditions);
        toggle(next, condition, shown);
        return new GraphFilter(hiddenLayers, hiddenOrganisations, next);
    }

    private static <T> void toggle(Set<T> hidden, T value, boolean shown) {
        if (shown) {
            hidden.remove(value);
        } else {
            hidden.add(value);
        }
    }
}
