package org.vigil.visual.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.vigil.core.store.EventHistoryRepository.History;
import org.vigil.core.store.EventHistoryRepository.IncidentSpan;
import org.vigil.core.store.EventHistoryRepository.Lanes;

/**
 * What one load read: a scenario's events (or their bins) and incidents over a stretch of time wider than the view,
 * so that small pans show data at once.
 *
 * @param viewSpan the span of the view the load was for: the bins suit views about that long
 */
record TimelineSnapshot(
        String scenarioId,
        Lanes grouping,
        Instant from,
        Instant to,
        Duration viewSpan,
        History history,
        List<IncidentSpan> incidents) {

    TimelineSnapshot {
        incidents = List.copyOf(incidents);
    }

    /** Whether it still serves a view: same scenario and lanes, the view inside it, and bins of a fitting size. */
    boolean serves(String scenario, Lanes lanes, TimeScale view) {
        if (!scenarioId.equals(scenario) || grouping != lanes) {
            return false;
        }
        if (view.from().isBefore(from) || view.to().isAfter(to)) {
            return false;
        }
        if (!history.binned()) {
            return true;
        }
        double ratio = (double) view.span().toMillis() / Math.max(1, viewSpan.toMillis());
        return ratio > 0.5 && ratio < 2;
    }
}
