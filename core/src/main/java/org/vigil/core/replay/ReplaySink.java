package org.vigil.core.replay;

import org.vigil.core.feed.Event;

/**
 * Receives a replay's events, one at a time and in timeline order, on the scheduler's thread. To
 * resume without loss or repeat after a restart, store {@code index + 1} as the resume point once
 * the event is committed, and start the next replay there with the same origin.
 */
public interface ReplaySink {

    /** Timeline event {@code index} as a Vigil event (a record read as several events gives several calls). */
    void event(Event event, int index);

    /** Timeline event {@code index} could not be read by any parser and is skipped; by default nothing happens. */
    default void unreadable(int index, String reason) {}
}
