package org.vigil.visual.anomaly;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.vigil.core.anomaly.StoredEvents;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.store.EventHistoryRepository;
import org.vigil.core.store.EventHistoryRepository.LaneEvent;
import org.vigil.core.store.EventHistoryRepository.Lanes;

/**
 * Stored events as the timeline reads them: time, category, source, summary and assets, but no raw
 * record (the window reads them whole through the store's {@code StoredEventReader}). Enough to look
 * back at event-rate streams exactly; the others say they cannot be derived ({@link
 * StoredEvents#derives}): for the tests of a look-back without records.
 */
public final class HistoryEvents implements StoredEvents {

    /** At most this many events are read for one look-back. */
    static final int MAX_EVENTS = 1_000_000;

    private final EventHistoryRepository history;

    public HistoryEvents(EventHistoryRepository history) {
        this.history = history;
    }

    @Override
    public void read(String scenarioId, Instant from, Instant to, Consumer<Event> each) {
        // An event concerning two assets is in both their lanes: join them back into one event.
        Map<String, List<LaneEvent>> byId = new LinkedHashMap<>();
        for (LaneEvent lane : history.events(scenarioId, from, to, Lanes.ASSET, MAX_EVENTS)) {
            byId.computeIfAbsent(lane.eventId(), id -> new ArrayList<>(1)).add(lane);
        }
        for (List<LaneEvent> lanes : byId.values()) {
            LaneEvent first = lanes.get(0);
            List<String> assets = new ArrayList<>(lanes.size());
            lanes.stream().filter(l -> l.lane() != null).forEach(l -> assets.add(scenarioId + "/" + l.lane()));
            each.accept(new Event(
                    first.eventId(),
                    first.eventTime(),
                    first.receivedTime(),
                    first.source() == null ? "" : first.source(),
                    FeedFormat.JSON,
                    first.category(),
                    first.severity(),
                    first.summary() == null ? "" : first.summary(),
                    List.of(),
                    List.of(),
                    assets,
                    "{}"));
        }
    }

    @Override
    public boolean withRecords() {
        return false;
    }
}
