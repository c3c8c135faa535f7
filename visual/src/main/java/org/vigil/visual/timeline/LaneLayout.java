package org.vigil.visual.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.core.store.EventHistoryRepository.IncidentSpan;

/**
 * Where the lanes lie, top to bottom, and which lanes an incident's bar crosses. y is measured from the top of the
 * first lane. In each lane, events sit in the upper part and incident bars in a band below them, so neither hides
 * the other.
 */
final class LaneLayout {

    static final double LANE_HEIGHT = 34;
    /** Centre of the event marks, from the lane's top. */
    static final double MARK_Y = 10;

    static final double BAR_TOP = 19;
    static final double BAR_HEIGHT = 12;

    private final List<Lane> lanes;
    private final Map<String, Integer> indexes = new HashMap<>();

    LaneLayout(List<Lane> lanes) {
        this.lanes = List.copyOf(lanes);
        for (int i = 0; i < this.lanes.size(); i++) {
            indexes.put(this.lanes.get(i).key(), i);
        }
    }

    List<Lane> lanes() {
        return lanes;
    }

    double height() {
        return lanes.size() * LANE_HEIGHT;
    }

    double top(int index) {
        return index * LANE_HEIGHT;
    }

    /** The lane at a y, or -1 outside the lanes. */
    int indexAt(double y) {
        int index = (int) Math.floor(y / LANE_HEIGHT);
        return y < 0 || index >= lanes.size() ? -1 : index;
    }

    /** The index of the lane with a key (the stored lane, null for unmapped), or -1 if none shows it. */
    int indexOf(String storedLane) {
        return indexes.getOrDefault(Lane.keyOf(storedLane), -1);
    }

    /** The lanes an incident's bar crosses: those showing any of its assets, in lane order. */
    List<Integer> lanesOf(IncidentSpan incident) {
        List<Integer> crossed = new ArrayList<>();
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).assetIds().stream().anyMatch(incident.assetIds()::contains)) {
                crossed.add(i);
            }
        }
        return crossed;
    }
}
