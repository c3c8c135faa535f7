package org.vigil.visual.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.cascade.StartCondition.compromised;
import static org.vigil.core.cascade.StartCondition.degraded;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.CascadeResult;
import org.vigil.core.cascade.ContinuityReport;
import org.vigil.core.cascade.StartCondition;
import org.vigil.core.cascade.TimePhasedCascade;
import org.vigil.core.cascade.live.CascadeSituation;
import org.vigil.core.cascade.live.IncidentStarts;
import org.vigil.core.model.Dependency;
import org.vigil.core.model.Scenario;
import org.vigil.visual.graph.scene.NodeCondition;

/** Conditions at a minute of the retail pilot's cascade, started from its SQL injection or its phishing. */
class NodeConditionsTest {

    private final Scenario retail = GraphFixture.pilot(GraphFixture.RETAIL);

    /** The SQL injection: the customer database compromised an hour into the story. */
    private final List<StartCondition> injection = List.of(compromised("customer-db", 60));

    private final CascadeResult result = cascade(injection);

    private CascadeResult cascade(List<StartCondition> starts) {
        return new TimePhasedCascade().propagate(CascadeGraph.of(retail), starts);
    }

    private NodeConditions at(double minute) {
        return at(minute, injection, result);
    }

    private NodeConditions at(double minute, List<StartCondition> starts, CascadeResult result) {
        CascadeSituation situation = new CascadeSituation(
                retail.id(),
                new IncidentStarts(Instant.parse("2025-03-17T08:00:00Z"), starts, List.of("incident")),
                result,
                ContinuityReport.of(result),
                Duration.ZERO);
        return NodeConditions.at(retail, Optional.of(situation), minute, NodeConditions.DEFAULT_FAILURE_THRESHOLD);
    }

    @Test
    void aCompromisedStartIsCompromisedOnlyFromItsStartMinute() {
        assertThat(at(30).condition("customer-db")).isEqualTo(NodeCondition.AT_RISK);
        assertThat(at(60).condition("customer-db")).isEqualTo(NodeCondition.COMPROMISED);
        assertThat(at(60).of("customer-db").incident()).isTrue();
    }

    @Test
    void aDegradedStartStaysBelowTheFailureThreshold() {
        // given the phished marketing account, degraded at once
        List<StartCondition> phishing = List.of(degraded("acct-mferreira", 0));

        AssetStateAssert account =
                new AssetStateAssert(at(10, phishing, cascade(phishing)).of("acct-mferreira"));

        account.is(NodeCondition.DEGRADED, 0.5);
    }

    @Test
    void impactedAssetsFailOrDegradeByTheirImpactAndCustomerAccountsIsHit() {
        NodeConditions end = at(result.horizons().get(result.horizons().size() - 1));

        for (String impacted : result.impactedAssetIds()) {
            assertThat(end.condition(impacted)).as(impacted).isNotEqualTo(NodeCondition.NORMAL);
            double impact = end.of(impacted).impact();
            if (end.condition(impacted) == NodeCondition.FAILED) {
                assertThat(impact).as(impacted).isGreaterThanOrEqualTo(NodeConditions.DEFAULT_FAILURE_THRESHOLD);
            } else if (end.condition(impacted) == NodeCondition.DEGRADED) {
                assertThat(impact).as(impacted).isLessThan(NodeConditions.DEFAULT_FAILURE_THRESHOLD);
            }
        }
        assertThat(end.condition("customer-accounts")).isIn(NodeCondition.FAILED, NodeCondition.DEGRADED);
        assertThat(end.of("customer-accounts").impact()).isPositive();
        assertThat(end.condition("couriers")).isEqualTo(NodeCondition.NORMAL);
    }

    @Test
    void impactFlowsThroughADependencyOnceItsDelayHasRunOut() {
        Dependency databaseToCrm = retail.dependencies().stream()
                .filter(d -> d.fromId().equals("customer-db") && d.toId().equals("crm-system"))
                .findFirst()
                .orElseThrow();
        double arrival = result.onsetMinute("crm-system").getAsDouble();

        assertThat(at(59).flows(databaseToCrm)).isFalse();
        assertThat(at(Math.max(arrival, 60 + databaseToCrm.delayMinutes())).flows(databaseToCrm))
                .isTrue();
    }

    @Test
    void withoutACascadeEverythingIsNormal() {
        NodeConditions calm =
                NodeConditions.at(retail, Optional.empty(), 100, NodeConditions.DEFAULT_FAILURE_THRESHOLD);

        assertThat(retail.assets()).allMatch(a -> calm.condition(a.id()) == NodeCondition.NORMAL);
        assertThat(retail.dependencies()).noneMatch(calm::flows);
    }

    private record AssetStateAssert(AssetState state) {
        void is(NodeCondition condition, double impact) {
            assertThat(state.condition()).isEqualTo(condition);
            assertThat(state.impact()).isEqualTo(impact);
        }
    }
}
