package org.vigil.core.feed;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A normalised monitor event. Event time (when it happened, per the source) and received time (when
 * Vigil read it) are kept apart. {@code raw} is the record as the source wrote it, for rules that
 * match the source's own field names. {@code assetIds} is filled by asset mapping.
 */
public record Event(
        String id,
        Instant eventTime,
        Instant receivedTime,
        String source,
        FeedFormat format,
        EventCategory category,
        EventSeverity severity,
        String summary,
        List<String> techniques,
        List<Entity> entities,
        List<String> assetIds,
        String raw) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(receivedTime, "receivedTime");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        summary = summary == null ? "" : summary;
        techniques = List.copyOf(techniques);
        entities = List.copyOf(entities);
        assetIds = List.copyOf(assetIds);
        Objects.requireNonNull(raw, "raw");
    }

    public Event withAssets(List<String> mapped) {
        return new Event(
                id,
                eventTime,
                receivedTime,
                source,
                format,
                category,
                severity,
                summary,
                techniques,
                entities,
                mapped,
                raw);
    }
}
