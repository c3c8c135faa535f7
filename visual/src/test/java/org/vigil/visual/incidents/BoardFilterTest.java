package org.vigil.visual.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.model.IncidentState;
import org.vigil.core.model.IncidentSummary;
import org.vigil.visual.selection.TimeRange;

/** Each of the board's filters on its own and together, on incidents as the list holds them. */
class BoardFilterTest {

    private static final Instant T0 = Instant.parse("2025-03-17T08:00:00Z");

    private static IncidentSummary incident(
            String id,
            EventSeverity severity,
            IncidentState state,
            int fromMinute,
            int toMinute,
            String asset,
            String technique) {
        return new IncidentSummary(
                id,
                "rule-" + id,
                "Incident " + id,
                severity,
                state,
                T0.plusSeconds(60L * fromMinute),
                T0.plusSeconds(60L * toMinute),
                T0.plusSeconds(60L * toMinute),
                3,
                List.of(asset),
                List.of(technique));
    }

    private static final IncidentSummary SKIMMER =
            incident("a", EventSeverity.CRITICAL, IncidentState.NEW, 0, 30, "retail/web-01", "T1195.002");
    private static final IncidentSummary PHISHING =
            incident("b", EventSeverity.HIGH, IncidentState.ACKNOWLEDGED, 20, 50, "retail/mail", "T1566");
    private static final IncidentSummary SCAN =
            incident("c", EventSeverity.LOW, IncidentState.NEW, 60, 90, "retail/web-01", "T1595");

    private static List<String> shown(BoardFilter filter) {
        return List.of(SKIMMER, PHISHING, SCAN).stream()
                .filter(i -> filter.matches(i, List.of(i.title(), i.id())))
                .map(IncidentSummary::id)
                .toList();
    }

    @Test
    void noFilterShowsEverything() {
        assertThat(shown(BoardFilter.NONE)).containsExactly("a", "b", "c");
        assertThat(BoardFilter.NONE.filtersBesidesTime()).isFalse();
    }

    @Test
    void severityShowsThatSeverityOrHigher() {
        assertThat(shown(new BoardFilter(EventSeverity.HIGH, null, null, null, null, "")))
                .containsExactly("a", "b");
        assertThat(shown(new BoardFilter(EventSeverity.CRITICAL, null, null, null, null, "")))
                .containsExactly("a");
    }

    @Test
    void stateAssetAndTechniqueEachKeepOnlyTheirIncidents() {
        assertThat(shown(new BoardFilter(null, IncidentState.NEW, null, null, null, "")))
                .containsExactly("a", "c");
        assertThat(shown(new BoardFilter(null, null, "retail/web-01", null, null, "")))
                .containsExactly("a", "c");
        assertThat(shown(new BoardFilter(null, null, null, "T1566", null, ""))).containsExactly("b");
    }

    @Test
    void aTimeRangeKeepsTheIncidentsWhoseEventSpanOverlapsItEndsIncluded() {
        // given a range from minute 30 to minute 40: the skimmer's last event is at its start
        TimeRange range = new TimeRange(T0.plusSeconds(30 * 60), T0.plusSeconds(40 * 60));

        // then the skimmer (0–30) touches it, phishing (20–50) spans it, the scan (60–90) is later
        assertThat(shown(new BoardFilter(null, null, null, null, range, ""))).containsExactly("a", "b");
    }

    @Test
    void searchNeedsEveryWordAnywhereIgnoringCase() {
        assertThat(shown(new BoardFilter(null, null, null, null, null, "incident B")))
                .containsExactly("b");
        assertThat(shown(new BoardFilter(null, null, null, null, null, "  INCIDENT  ")))
                .hasSize(3);
        assertThat(shown(new BoardFilter(null, null, null, null, null, "incident z")))
                .isEmpty();
    }

    @Test
    void filtersCompose() {
        // when severity at least low, state new and asset web-01, within minutes 10 to 70
        BoardFilter filter = new BoardFilter(
                EventSeverity.LOW,
                IncidentState.NEW,
                "retail/web-01",
                null,
                new TimeRange(T0.plusSeconds(10 * 60), T0.plusSeconds(70 * 60)),
                "");

        // then both web-01 incidents pass; narrowing the severity to high leaves the skimmer alone
        assertThat(shown(filter)).containsExactly("a", "c");
        assertThat(shown(new BoardFilter(
                        EventSeverity.HIGH, IncidentState.NEW, "retail/web-01", null, filter.timeRange(), "")))
                .containsExactly("a");
        assertThat(filter.filtersBesidesTime()).isTrue();
    }

    @Test
    void theMiniTimelinePlacesEventsBetweenTheFirstAndTheLast() {
        assertThat(EventStrip.fraction(T0.plusSeconds(30), T0, T0.plusSeconds(120)))
                .isEqualTo(0.25);
        assertThat(EventStrip.fraction(T0, T0, T0))
                .as("a single moment sits in the middle")
                .isEqualTo(0.5);
    }

    @Test
    void reopeningAppliesToResolvedIncidentsOnlyAndAcknowledgingToOpenOnes() {
        assertThat(LifecycleAction.REOPEN.appliesTo(IncidentState.RESOLVED)).isTrue();
        assertThat(LifecycleAction.ACKNOWLEDGE.appliesTo(IncidentState.RESOLVED))
                .isFalse();
        assertThat(LifecycleAction.ACKNOWLEDGE.appliesTo(IncidentState.NEW)).isTrue();
        assertThat(LifecycleAction.REOPEN.appliesTo(IncidentState.NEW)).isFalse();
        assertThat(LifecycleAction.CONTAIN.appliesTo(IncidentState.CONTAINED)).isFalse();
        assertThat(LifecycleAction.RESOLVE.appliesTo(IncidentState.CONTAINED)).isTrue();
    }
}
