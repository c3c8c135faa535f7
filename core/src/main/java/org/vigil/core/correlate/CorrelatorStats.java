package org.vigil.core.correlate;

/**
 * Counters of a {@link SigmaCorrelator}, for display and for judging whether its bounds fit.
 *
 * @param events events fed in
 * @param late events ignored because they were older than the watermark minus the allowed lateness
 * @param ungrouped rule hits ignored because a group-by field was missing or null
 * @param groupsHeld group windows held now
 * @param eventsHeld rule hits held now, over all groups
 * @param groupsEvicted group windows dropped because {@code maxGroups} was reached
 * @param eventsEvicted rule hits dropped by evictions (of whole groups or because {@code
 *     maxEventsPerGroup} was reached)
 * @param matches correlation matches emitted
 */
public record CorrelatorStats(
        long events,
        long late,
        long ungrouped,
        int groupsHeld,
        long eventsHeld,
        long groupsEvicted,
        long eventsEvicted,
        long matches) {}
