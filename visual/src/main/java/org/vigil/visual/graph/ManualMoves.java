package org.vigil.visual.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the analyst dragged nodes, overriding the layout, with undo and redo. Undoing a move puts
 * the node back where it was before it, by hand or by the layout. Used on the UI thread; scene
 * builds get a {@link #positions() copy}.
 */
public final class ManualMoves {

    /** A finished drag of a node. */
    public record Move(String nodeId, Point from, Point to) {
        public Move {
            Objects.requireNonNull(nodeId, "nodeId");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** A move with the manual position it replaced (empty: the layout's). */
    private record Done(Move move, Optional<Point> replaced) {}

    private final Map<String, Point> positions = new HashMap<>();
    private final Deque<Done> undo = new ArrayDeque<>();
    private final Deque<Done> redo = new ArrayDeque<>();

    public void record(Move move) {
        undo.push(apply(move));
        redo.clear();
    }

    /** Takes back the last move; false if there was none. */
    public boolean undo() {
        Done last = undo.poll();
        if (last == null) {
            return false;
        }
        last.replaced()
                .ifPresentOrElse(
                        p -> positions.put(last.move().nodeId(), p),
                        () -> positions.remove(last.move().nodeId()));
        redo.push(last);
        return true;
    }

    /** Makes the last undone move again; false if there was none. */
    public boolean redo() {
        Done next = redo.poll();
        if (next == null) {
            return false;
        }
        undo.push(apply(next.move()));
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Every node placed by hand and where. */
    public Map<String, Point> positions() {
        return Map.copyOf(positions);
    }

    /** Forgets every move, as when another scenario is shown. */
    public void clear() {
        positions.clear();
        undo.clear();
        redo.clear();
    }

    private Done apply(Move move) {
        Optional<Point> replaced = Optional.ofNullable(positions.put(move.nodeId(), move.to()));
        return new Done(move, replaced);
    }
}
