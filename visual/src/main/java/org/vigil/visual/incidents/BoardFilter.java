package org.vigil.visual.incidents;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.model.IncidentState;
import org.vigil.core.model.IncidentSummary;
import org.vigil.visual.selection.TimeRange;

/**
 * Which of the loaded incidents the board shows. Every criterion filters only when set (not null,
 * not blank), and all set criteria must hold: severity at least, state, one of its assets, one of
 * its techniques, an event span overlapping the time range, and every word of the search.
 *
 * @param assetKey an asset as incidents name it, {@code scenario/asset}
 */
public record BoardFilter(
        EventSeverity minimumSeverity,
        IncidentState state,
        String assetKey,
        String technique,
        TimeRange timeRange,
        String search) {

    public static final BoardFilter NONE = new BoardFilter(null, null, null, null, null, "");

    public BoardFilter {
        search = search == null ? "" : search.strip();
    }

    /**
     * Whether the incident passes.
     *
     * @param searchable the texts the search looks in: title (in each language shown), asset names…
     */
    public boolean matches(IncidentSummary incident, Collection<String> searchable) {
        return (minimumSeverity == null || incident.severity().compareTo(minimumSeverity) >= 0)
                && (state == null || incident.state() == state)
                && (assetKey == null || incident.assetIds().contains(assetKey))
                && (technique == null || incident.techniques().contains(technique))
                && (timeRange == null || overlaps(incident, timeRange))
                && (search.isEmpty() || findsEveryWord(searchable));
    }

    /** Whether anything but the time range filters (the time range has its own chip to clear it). */
    public boolean filtersBesidesTime() {
        return minimumSeverity != null || state != null || assetKey != null || technique != null || !search.isEmpty();
    }

    private static boolean overlaps(IncidentSummary incident, TimeRange range) {
        return !incident.firstEventTime().isAfter(range.to())
                && !incident.lastEventTime().isBefore(range.from());
    }

    private boolean findsEveryWord(Collection<String> searchable) {
        String haystack = String.join("\n", searchable).toLowerCase(Locale.ROOT);
        return Arrays.stream(search.toLowerCase(Locale.ROOT).split("\\s+")).allMatch(haystack::contains);
    }
}
