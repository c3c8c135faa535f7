package org.vigil.core.ingest;

import java.util.List;
import org.vigil.core.feed.Event;

/** What a pipeline hands each stored batch to, in the order the source gave the events. */
public interface EventCorrelation {

    EventCorrelation NONE = events -> {};

    void correlate(List<Event> events);

    /**
     * The source has ended (a whole file was imported): windows still open are judged now, since no
     * later event will close them.
     */
    default void finish() {}
}
