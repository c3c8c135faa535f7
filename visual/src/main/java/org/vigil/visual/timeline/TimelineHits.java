package org.vigil.visual.timeline;

import java.util.Comparator;
import java.util.Optional;
import org.vigil.core.store.EventHistoryRepository.IncidentSpan;
import org.vigil.core.store.EventHistoryRepository.LaneEvent;

/** Finds what lies under the pointer, as the timeline draws it. */
final class TimelineHits {

    /** How near the pointer must be to an event mark, in pixels. */
    static final double REACH = 5;
    /** Bars are at least this wide, so an incident of one event can be seen and clicked. */
    static final double MIN_BAR = 6;

    private TimelineHits() {}

    static Optional<TimelineHit> at(TimelineSnapshot snapshot, TimeScale scale, LaneLayout layout, double x, double y) {
        int lane = layout.indexAt(y);
        if (snapshot == null || lane < 0) {
            return Optional.empty();
        }
        double inLane = y - layout.top(lane);
        if (inLane >= LaneLayout.BAR_TOP - 1 && inLane <= LaneLayout.BAR_TOP + LaneLayout.BAR_HEIGHT + 1) {
            // Later incidents are drawn over earlier ones: the topmost is the one hit.
            Optional<TimelineHit> bar = snapshot.incidents().stream()
                    .filter(i -> layout.lanesOf(i).contains(lane))
                    .filter(i -> x >= barStart(scale, i) - 1 && x <= barEnd(scale, i) + 1)
                    .max(Comparator.comparing(IncidentSpan::firstEventTime))
                    .map(TimelineHit.Incident::new);
            if (bar.isPresent()) {
                return bar;
            }
        }
        if (snapshot.history().binned()) {
            return snapshot.history().bins().stream()
                    .filter(b -> layout.indexOf(b.lane()) == lane)
                    .filter(b -> x >= scale.x(b.start()) && x < scale.x(b.end()))
                    .findFirst()
                    .map(TimelineHit.Bin::new);
        }
        return snapshot.history().events().stream()
                .filter(e -> layout.indexOf(e.lane()) == lane)
                .filter(e -> Math.abs(scale.x(e.eventTime()) - x) <= REACH)
                .min(Comparator.comparingDouble((LaneEvent e) -> Math.abs(scale.x(e.eventTime()) - x)))
                .map(TimelineHit.Event::new);
    }

    static double barStart(TimeScale scale, IncidentSpan incident) {
        return scale.x(incident.firstEventTime());
    }

    static double barEnd(TimeScale scale, IncidentSpan incident) {
        return Math.max(scale.x(incident.lastEventTime()), barStart(scale, incident) + MIN_BAR);
    }
}
