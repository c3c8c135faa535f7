package org.vigil.core.anomaly;

import java.time.Instant;
import java.util.function.Consumer;
import org.vigil.core.feed.Event;

/**
 * The events a workspace holds for a scenario, read back for a {@link StreamLookBack}. An interface
 * because the store already depends on this package (its detector state), so the store or the app
 * adapts a repository to it.
 */
public interface StoredEvents {

    /**
     * Hands each stored event concerning the scenario's assets with event time in {@code [from, to]} to
     * {@code each}, oldest first (ties in the order stored). {@code each} may throw to stop the reading.
     */
    void read(String scenarioId, Instant from, Instant to, Consumer<Event> each);

    /**
     * Whether the events come with their raw records. Without them only what an event's category,
     * summary and assets tell can be measured: event rates, and failed logins their summaries name.
     */
    boolean withRecords();

    /** Whether the stream's points can be derived exactly from events like these. */
    default boolean derives(Metric metric) {
        return withRecords() || metric == Metric.EVENT_RATE;
    }
}
