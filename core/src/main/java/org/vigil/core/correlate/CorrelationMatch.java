package org.vigil.core.correlate;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A correlation rule fired.
 *
 * @param ruleId the rule's id, else its name, else empty
 * @param ruleTitle the rule's title
 * @param level the rule's level, or empty
 * @param type the correlation type
 * @param group the group-by fields (in rule order) and their values for this group
 * @param windowStart the earliest contributing event time; for conditions checked when the window
 *     closes (lt, lte, eq, neq), the start of that window
 * @param windowEnd the latest contributing event time; for conditions checked when the window
 *     closes, the end of that window (start + timespan)
 * @param count what the condition was checked against: events, distinct values or distinct rules
 * @param eventIds the ids of the contributing events, in event-time order, without repeats
 * @param techniques the ATT&amp;CK techniques of the contributing events, sorted, without repeats
 */
public record CorrelationMatch(
        String ruleId,
        String ruleTitle,
        String level,
        CorrelationType type,
        Map<String, String> group,
        Instant windowStart,
        Instant windowEnd,
        long count,
        List<String> eventIds,
        List<String> techniques) {

    public CorrelationMatch {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(ruleTitle, "ruleTitle");
        level = level == null ? "" : level;
        Objects.requireNonNull(type, "type");
        group = Collections.unmodifiableMap(new LinkedHashMap<>(group));
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        eventIds = List.copyOf(eventIds);
        techniques = List.copyOf(techniques);
    }
}
