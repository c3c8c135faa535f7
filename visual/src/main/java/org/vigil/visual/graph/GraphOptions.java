package org.vigil.visual.graph;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Layer;
import org.vigil.core.model.Scenario;
import org.vigil.visual.graph.scene.NodeCondition;

/**
 * What of the graph shows and where, as the analyst set it: layout, level of detail with each
 * organisation and group opened or closed, filters, and the nodes dragged by hand (per layout, with
 * undo and redo). Every change calls {@code changed}, which builds a new scene. UI thread only.
 */
public final class GraphOptions {

    /** Scenarios up to this many assets open at asset level; larger ones open one node per organisation. */
    static final int ASSET_LEVEL_LIMIT = 200;

    private final Runnable changed;
    private final ObjectProperty<LayoutKind> layout = new SimpleObjectProperty<>(this, "layout", LayoutKind.LAYERED);
    private final ReadOnlyObjectWrapper<DetailLevel> detailLevel =
            new ReadOnlyObjectWrapper<>(this, "detailLevel", DetailLevel.ASSET);
    private final ReadOnlyObjectWrapper<GraphFilter> filter =
            new ReadOnlyObjectWrapper<>(this, "filter", GraphFilter.NONE);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private final Map<LayoutKind, ManualMoves> moves = new EnumMap<>(LayoutKind.class);
    private Scenario scenario;
    private Collapsing collapsing = new Collapsing(Set.of(), Set.of());

    GraphOptions(Runnable changed) {
        this.changed = changed;
        for (LayoutKind kind : LayoutKind.values()) {
            moves.put(kind, new ManualMoves());
        }
        layout.addListener((obs, old, now) -> {
            updateUndo();
            changed.run();
        });
    }

    public ObjectProperty<LayoutKind> layoutProperty() {
        return layout;
    }

    /** The level last chosen for the whole graph; single nodes may be opened or closed since. */
    public ReadOnlyObjectProperty<DetailLevel> detailLevelProperty() {
        return detailLevel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GraphFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Double-click or Enter on a node: opens an organisation or group, folds an asset into its group. */
    public void activate(String nodeId) {
        if (scenario != null && nodeId != null) {
            collapsing = collapsing.toggle(nodeId, scenario);
            changed.run();
        }
    }

    /** Folds the node's whole organisation into one node. */
    public void collapseOrganisationOf(String nodeId) {
        if (scenario != null && nodeId != null) {
            collapsing = collapsing.collapseOrganisationOf(nodeId, scenario);
            changed.run();
        }
    }

    /** Opens or closes every organisation and group down to {@code level}. */
    public void showDetail(DetailLevel level) {
        detailLevel.set(level);
        if (scenario != null) {
            collapsing = Collapsing.at(level, scenario);
            changed.run();
        }
    }

    public void expandAll() {
        showDetail(DetailLevel.ASSET);
    }

    public void collapseAll() {
        showDetail(DetailLevel.ORGANISATION);
    }

    public void showLayer(Layer layer, boolean shown) {
        setFilter(filter.get().showingLayer(layer, shown));
    }

    public void showOrganisation(String organisationId, boolean shown) {
        setFilter(filter.get().showingOrganisation(organisationId, shown));
    }

    public void showCondition(NodeCondition condition, boolean shown) {
        setFilter(filter.get().showingCondition(condition, shown));
    }

    public void clearFilter() {
        setFilter(GraphFilter.NONE);
    }

    /** A drag finished: the node stays where it was dropped, whatever the layout says. */
    public void moved(String nodeId, double fromX, double fromY, double toX, double toY) {
        moves.get(layout.get()).record(new ManualMoves.Move(nodeId, new Point(fromX, fromY), new Point(toX, toY)));
        updateUndo();
        changed.run();
    }

    public void undo() {
        if (moves.get(layout.get()).undo()) {
            updateUndo();
            changed.run();
        }
    }

    public void redo() {
        if (moves.get(layout.get()).redo()) {
            updateUndo();
            changed.run();
        }
    }

    /** Opens and unfilters whatever hides the asset, so that it shows as a node of its own; no rebuild. */
    void reveal(Asset asset) {
        collapsing = collapsing.reveal(asset);
        GraphFilter unhidden =
                filter.get().showingLayer(asset.layer(), true).showingOrganisation(asset.ownerId(), true);
        for (NodeCondition condition : NodeCondition.values()) {
            unhidden = unhidden.showingCondition(condition, true);
        }
        filter.set(unhidden);
    }

    /** Starts afresh for another scenario (none: empty); no rebuild. */
    void reset(Optional<Scenario> next) {
        scenario = next.orElse(null);
        moves.values().forEach(ManualMoves::clear);
        updateUndo();
        filter.set(GraphFilter.NONE);
        DetailLevel level =
                next.map(s -> s.assets().size() <= ASSET_LEVEL_LIMIT).orElse(true)
                        ? DetailLevel.ASSET
                        : DetailLevel.ORGANISATION;
        detailLevel.set(level);
        collapsing = next.map(s -> Collapsing.at(level, s)).orElse(new Collapsing(Set.of(), Set.of()));
    }

    Collapsing collapsing() {
        return collapsing;
    }

    GraphFilter filter() {
        return filter.get();
    }

    Map<String, Point> movedPositions() {
        return moves.get(layout.get()).positions();
    }

    private void setFilter(GraphFilter next) {
        filter.set(next);
        changed.run();
    }

    private void updateUndo() {
        ManualMoves current = moves.get(layout.get());
        canUndo.set(current.canUndo());
        canRedo.set(current.canRedo());
    }
}
