package org.vigil.visual.timeline;

import org.vigil.core.store.EventHistoryRepository.IncidentSpan;
import org.vigil.core.store.EventHistoryRepository.LaneBin;
import org.vigil.core.store.EventHistoryRepository.LaneEvent;

/** What lies under the pointer on the timeline. */
sealed interface TimelineHit {

    record Incident(IncidentSpan span) implements TimelineHit {}

    record Event(LaneEvent event) implements TimelineHit {}

    record Bin(LaneBin bin) implements TimelineHit {}
}
