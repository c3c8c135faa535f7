package org.vigil.visual.cascade;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.core.cascade.StartCondition;

/**
 * The start set a panel shows: where it comes from, its conditions (minutes on the live cascade's
 * clock, or 0 for selected assets), the live clock's reference time and how many open incidents
 * gave it.
 */
public record StartSet(
        StartSource source, List<StartCondition> conditions, Optional<Instant> reference, int incidentCount) {

    public StartSet {
        Objects.requireNonNull(source, "source");
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(reference, "reference");
    }

    public static StartSet ofSelection(List<StartCondition> conditions) {
        return new StartSet(StartSource.SELECTED_ASSETS, conditions, Optional.empty(), 0);
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** The earliest start minute: the panel's times count from it. 0 when empty. */
    public double origin() {
        return conditions.stream()
                .mapToDouble(StartCondition::startMinute)
                .min()
                .orElse(0);
    }
}
