package org.vigil.core.cascade.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.cascade.StartCondition;
import org.vigil.core.cascade.StartState;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.model.IncidentState;
import org.vigil.core.model.IncidentSummary;

/** Which incidents start a scenario's cascade, from where, how hard and when. */
class IncidentStartsTest {

    private static final Instant T0 = Instant.parse("2025-03-11T02:00:00Z");

    private static IncidentSummary incident(
            String id, EventSeverity severity, IncidentState state, Instant first, String... assets) {
        return new IncidentSummary(
                id, "rule-" + id, "Title " + id, severity, state, first, first, first, 1, List.of(assets), List.of());
    }

    @Test
    void openIncidentsStartTheirScenariosAssetsAtTheirFirstEventCountedFromTheEarliest() {
        // given a critical incident on two bank assets, a medium one 90 s later, and one on another scenario
        List<IncidentSummary> incidents = List.of(
                incident("b", EventSeverity.MEDIUM, IncidentState.ACKNOWLEDGED, T0.plusSeconds(90), "bank/helpdesk"),
                incident("a", EventSeverity.CRITICAL, IncidentState.NEW, T0, "bank/hsm", "bank/switch", "shop/db"),
                incident("c", EventSeverity.HIGH, IncidentState.NEW, T0.minusSeconds(600), "shop/web"));

        // when
        IncidentStarts starts = IncidentStarts.of("bank", incidents).orElseThrow();

        // then only the bank's assets start, compromised or degraded by severity, in minutes from the first
        assertThat(starts.reference()).isEqualTo(T0);
        assertThat(starts.incidentIds()).containsExactly("a", "b");
        assertThat(starts.conditions())
                .extracting(StartCondition::assetId, StartCondition::state, StartCondition::startMinute)
                .containsExactly(
                        tuple("hsm", StartState.COMPROMISED, 0.0),
                        tuple("switch", StartState.COMPROMISED, 0.0),
                        tuple("helpdesk", StartState.DEGRADED, 1.5));
    }

    @Test
    void resolvedIncidentsStartNothingAndContainedOnesOnlyDegrade() {
        // given a resolved and a contained critical incident
        List<IncidentSummary> incidents = List.of(
                incident("gone", EventSeverity.CRITICAL, IncidentState.RESOLVED, T0, "bank/hsm"),
                incident("held", EventSeverity.CRITICAL, IncidentState.CONTAINED, T0.plusSeconds(60), "bank/core"));

        // when
        IncidentStarts starts = IncidentStarts.of("bank", incidents).orElseThrow();

        // then
        assertThat(starts.reference()).isEqualTo(T0.plusSeconds(60));
        assertThat(starts.conditions()).containsExactly(new StartCondition("core", StartState.DEGRADED, 0));
    }

    @Test
    void aScenarioWithoutOpenIncidentsHasNoStarts() {
        // given only a resolved incident and one on another scenario whose id shares a prefix
        List<IncidentSummary> incidents = List.of(
                incident("gone", EventSeverity.CRITICAL, IncidentState.RESOLVED, T0, "bank/hsm"),
                incident("other", EventSeverity.CRITICAL, IncidentState.NEW, T0, "bank-two/hsm"));

        // then
        assertThat(IncidentStarts.of("bank", incidents)).isEmpty();
    }
}
