package org.vigil.core.feed.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.InvalidRecord;
import org.vigil.core.feed.JsonObjectParser;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.RawRecord;

/**
 * Reads any monitor's JSON, one object per line, for the many products Vigil has no parser of their
 * own for (identity providers, mail and web gateways, DLP, access control, policy engines,
 * ticketing, backup and monitoring tools). Nothing is required but a JSON object with at least one
 * value; every event field is found by heuristics (docs/feeds.md, "Generic JSON"):
 *
 * <ul>
 *   <li>event time from common time keys ({@link EventTimes}), else the time the record was
 *       received: unlike the other formats, a record without a time is kept;
 *   <li>summary from message-like keys, else the first telling {@code key=value} pairs ({@link
 *       Summaries});
 *   <li>severity from severity-like keys, words or numbers ({@link Severities});
 *   <li>category from key names and kind values ({@link Categories});
 *   <li>entities and ATT&amp;CK techniques from every value ({@link EntityScan}).
 * </ul>
 *
 * Each record yields one event.
 */
public final class GenericJsonParser extends JsonObjectParser {

    @Override
    public FeedFormat format() {
        return FeedFormat.JSON;
    }

    /** A record without a time of its own gets the time it was received, so ids leave time out. */
    @Override
    protected boolean eventTimeIsTheRecordsOwn() {
        return false;
    }

    @Override
    protected ParseOutcome read(JsonNode root, RawRecord record, Instant receivedTime) {
        JsonWalk walk = JsonWalk.of(root);
        if (walk.leaves().isEmpty()) {
            throw new InvalidRecord("no values: every field is null, blank, an empty list or an empty object,"
                    + " so there is nothing to read");
        }
        Optional<EventTimes.Found> time = EventTimes.find(walk.leaves());
        String summary =
                Summaries.of(walk.leaves(), time.map(EventTimes.Found::leaf).orElse(null));
        EventSeverity severity = Severities.of(walk.leaves(), walk.keys());
        EventCategory category = Categories.guess(walk.leaves(), walk.keys());
        EntityScan.Found named = EntityScan.of(walk.leaves());
        return ParseOutcome.Parsed.of(event(
                record,
                receivedTime,
                0,
                time.map(EventTimes.Found::time).orElse(receivedTime),
                category,
                severity,
                summary,
                named.techniques(),
                named.entities()));
    }
}
