package org.vigil.core.feed.stix;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.JsonObjectParser;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.RawRecord;
import org.vigil.core.feed.ThreatIndicator;

/**
 * Reads STIX 2.1 content: one record is a bundle or a single STIX object. Sightings and observed
 * data (unless a sighting in the record already uses it as evidence) become THREAT_INTEL events,
 * in the record's order (see {@link StixEvents}); indicators become {@link ThreatIndicator}s; other
 * objects (campaigns, malware, relationships, identities…) only help resolve references. A bundle
 * of indicators only is understood and yields no event.
 */
public final class StixBundleParser extends JsonObjectParser {

    /** STIX 2.0 indicators have no {@code pattern_type}; their patterns are STIX patterns. */
    static final String DEFAULT_PATTERN_TYPE = "stix";

    @Override
    public FeedFormat format() {
        return FeedFormat.STIX;
    }

    @Override
    protected ParseOutcome read(JsonNode root, RawRecord record, Instant receivedTime) {
        StixBundle bundle = StixBundle.read(root);
        List<Event> events = new ArrayList<>();
        List<ThreatIndicator> indicators = new ArrayList<>();
        for (StixBundle.Item item : bundle.items()) {
            StixEvents.Draft draft = switch (item.type()) {
                case "sighting" -> StixEvents.sighting(item, bundle);
                case "observed-data" -> {
                    String id = StixFields.string(item.node(), "id", item.prefix());
                    yield id != null && bundle.isSightingEvidence(id) ? null : StixEvents.observation(item, bundle);
                }
                case "indicator" -> {
                    indicators.add(indicator(item));
                    yield null;
                }
                default -> null;
            };
            if (draft != null) {
                events.add(event(
                        record,
                        receivedTime,
                        events.size(),
                        draft.time(),
                        EventCategory.THREAT_INTEL,
                        draft.severity(),
                        draft.summary(),
                        draft.techniques(),
                        draft.entities()));
            }
        }
        return new ParseOutcome.Parsed(events, indicators);
    }

    /** An indicator: {@code id} and {@code pattern} are required, {@code valid_from} must be a date if given. */
    private static ThreatIndicator indicator(StixBundle.Item item) {
        JsonNode node = item.node();
        String prefix = item.prefix();
        String id = StixFields.requiredString(node, "id", prefix);
        String pattern = StixFields.requiredString(node, "pattern", prefix);
        String patternType = StixFields.string(node, "pattern_type", prefix);
        return new ThreatIndicator(
                id,
                StixFields.string(node, "name", prefix),
                pattern,
                patternType == null ? DEFAULT_PATTERN_TYPE : patternType,
                Optional.ofNullable(StixFields.timestamp(node, "valid_from", prefix)),
                node.toString());
    }
}
