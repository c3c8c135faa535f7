package org.vigil.core.ingest;

import java.util.List;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.feed.ReadPosition;
import org.vigil.core.feed.ThreatIndicator;

/**
 * What an {@link EventPipeline} stores in one transaction: events (mapped to assets), quarantined
 * records, threat indicators, and where its sources have been read up to.
 *
 * @param unmapped how many of the events concern no modelled asset
 */
record Batch(
        List<Event> events,
        List<QuarantinedRecord> quarantined,
        List<ThreatIndicator> indicators,
        List<ReadPosition> positions,
        long unmapped) {

    /** Events and quarantined records: one record can yield several events, or none. */
    long read() {
        return events.size() + quarantined.size();
    }
}
