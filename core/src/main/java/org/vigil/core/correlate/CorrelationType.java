package org.vigil.core.correlate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The correlation types Vigil evaluates (value_sum, value_avg and value_percentile are not supported). */
public enum CorrelationType {
    /** Number of matching events per group within the timespan. */
    EVENT_COUNT,
    /** Number of distinct values of a field per group within the timespan. */
    VALUE_COUNT,
    /** All (or, with a condition, that many) of the referenced rules matched within the timespan, any order. */
    TEMPORAL,
    /** All referenced rules matched within the timespan, in the order listed. */
    TEMPORAL_ORDERED;

    /** The name used in rules, e.g. {@code event_count}. */
    public String ruleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<CorrelationType> fromRuleName(String name) {
        return Arrays.stream(values()).filter(t -> t.ruleName().equals(name)).findFirst();
    }
}
