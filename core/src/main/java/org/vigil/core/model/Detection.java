package org.vigil.core.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigil.core.feed.EventSeverity;

/**
 * What a correlation found, ready to become an incident or to join the open incident of the same
 * rule and group: the rule, its group-by values and the events it saw.
 *
 * @param groupKey the rule and its group-by values, as one string: matches with the same key belong
 *     to the same open incident
 */
public record Detection(
        String ruleId,
        String title,
        EventSeverity severity,
        String groupKey,
        Map<String, String> group,
        List<String> eventIds,
        List<String> techniques,
        Instant firstEventTime,
        Instant lastEventTime) {

    public Detection {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(groupKey, "groupKey");
        group = Collections.unmodifiableMap(new LinkedHashMap<>(group));
        eventIds = List.copyOf(eventIds);
        if (eventIds.isEmpty()) {
            throw new IllegalArgumentException("a detection needs at least one event");
        }
        techniques = List.copyOf(techniques);
        Objects.requireNonNull(firstEventTime, "firstEventTime");
        Objects.requireNonNull(lastEventTime, "lastEventTime");
    }
}
