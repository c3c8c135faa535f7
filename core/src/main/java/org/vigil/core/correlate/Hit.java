package org.vigil.core.correlate;

import java.time.Instant;
import java.util.List;

/**
 * A referenced rule matched: an event matched a detection rule, or an upstream correlation fired.
 * {@code seq} orders hits with equal times by arrival.
 */
record Hit(Instant time, long seq, String ruleKey, List<String> eventIds, List<String> techniques) {

    Hit {
        eventIds = List.copyOf(eventIds);
        techniques = List.copyOf(techniques);
    }

    /** Orders hits by time, then arrival. */
    boolean before(Hit other) {
        int order = time.compareTo(other.time);
        return order < 0 || (order == 0 && seq < other.seq);
    }
}
