package org.vigil.content.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.cascade.Observation.at;
import static org.vigil.core.cascade.StartCondition.compromised;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.content.PilotScenarios;
import org.vigil.core.cascade.AssetBetweenness;
import org.vigil.core.cascade.AssetExpectedImpact;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.CascadeSettings;
import org.vigil.core.cascade.CriticalityAnalysis;
import org.vigil.core.cascade.CriticalityReport;
import org.vigil.core.cascade.Diagnosis;
import org.vigil.core.cascade.MonteCarloCascade;
import org.vigil.core.cascade.MonteCarloResult;
import org.vigil.core.cascade.Observation;
import org.vigil.core.cascade.PredictedImpact;
import org.vigil.core.cascade.RootCauseCandidate;
import org.vigil.core.cascade.RootCauseDiagnosis;
import org.vigil.core.cascade.StartCondition;
import org.vigil.core.cascade.TimePhasedCascade;
import org.vigil.core.model.Scenario;
import org.vigil.core.scenario.ScenarioReader;

/**
 * The pilots through the engine's other questions: which root cause the incidents point at
 * (observation times are the pilots' timeline offsets, in seconds), how likely the ransomware's
 * spread is run by run, and which assets matter most.
 */
class PilotAnalysisTest {

    private static final Instant BANK_REFERENCE = Instant.parse("2025-03-10T07:00:00Z");
    private static final int ONE_DAY = 3;

    private final List<Scenario> pilots = new PilotScenarios(new ScenarioReader()).load();

    // --- Meridian Bank: root cause of the payment failures ------------------------------------

    @Test
    void theMerchantsCheckoutFailuresAndCardAuthorisationPointAtThePaymentsChain() {
        // given the incidents of the bank's timeline on the card side
        List<Observation> seen = List.of(
                at("card-authorisation", minutes(69720)), // 02:22 success rate 7.8 %
                at("forkly-checkout", minutes(70800)), // 02:40 merchant error rate 88 %
                at("salvia-checkout", minutes(74700)), // 03:45 merchant error rate 100 %
                at("salvia-online-checkout", minutes(87000)), // 07:10 Salvia's ticket
                at("forkly-online-checkout", minutes(89100))); // 07:45 Forkly's ticket

        // when
        Diagnosis d = new RootCauseDiagnosis().diagnose(graph("bank-payments"), seen);

        // then what both merchants' checkouts and card authorisation share comes first: the
        // payment gateway, its DMZ, the HSM gateway behind the switches and the data centre
        // hosting them; each explains all five incidents
        List<RootCauseCandidate> top = d.top(4);
        assertThat(top)
                .extracting(RootCauseCandidate::assetId)
                .containsExactlyInAnyOrder("payment-gateway", "payment-dmz", "hsm-gateway", "bank-dc1");
        assertThat(top).allSatisfy(c -> assertThat(c.unexplained()).isEmpty());
        // what explains one merchant alone (Forkly's cloud, Salvia's own checkout) ranks below
        List<String> ranked = d.rankedAssetIds();
        assertThat(ranked.indexOf("nimbus-k8s")).isGreaterThan(ranked.indexOf("hsm-gateway"));
        assertThat(ranked.indexOf("salvia-checkout")).isGreaterThan(ranked.indexOf("hsm-gateway"));
        // the settlement side, where the ransomware started, explains none of it
        assertThat(d.candidate("settlement-server")).isEmpty();
        // and the HSM gateway says: look at the authorisation switches, they should be failing too
        assertThat(d.candidate("hsm-gateway").orElseThrow().overdue())
                .extracting(PredictedImpact::assetId)
                .contains("auth-switch-a", "auth-switch-b");
    }

    @Test
    void theFirstHealthAlertsPointAtTheHsmGatewayAndDateItsFailure() {
        // given the gateway-health alerts of the first half hour
        List<Observation> seen = List.of(
                at("payment-gateway", minutes(69240)), // 02:14 auth success 41 %
                at("auth-switch-b", minutes(69300)), // 02:15 HSM timeouts
                at("card-authorisation", minutes(69720)), // 02:22 auth success 7.8 %
                at("forkly-checkout", minutes(70800))); // 02:40 merchant errors

        // when
        Diagnosis d = new RootCauseDiagnosis().diagnose(graph("bank-payments"), seen);

        // then the HSM gateway explains the switch's timeouts as well, which the payment gateway
        // cannot; it most likely failed at 02:12, when the timeline shows its service terminated
        RootCauseCandidate hsm = d.candidates().get(0);
        assertThat(hsm.assetId()).isEqualTo("hsm-gateway");
        assertThat(hsm.posterior()).isGreaterThan(0.5);
        assertThat(clock(BANK_REFERENCE, hsm.failureMinute())).isEqualTo("2025-03-11T02:12:00Z");
        assertThat(d.candidate("payment-gateway").orElseThrow().unexplained()).containsExactly("auth-switch-b");
        // the other switch should be failing already, and card settlement is next, an hour on
        assertThat(hsm.overdue()).extracting(PredictedImpact::assetId).contains("auth-switch-a");
        PredictedImpact next = hsm.predictions().get(0);
        assertThat(next.assetId()).isEqualTo("card-settlement");
        assertThat(clock(BANK_REFERENCE, next.onsetMinute())).isEqualTo("2025-03-11T03:14:00Z");
    }

    // --- Meridian Bank: the ransomware, run by run ---------------------------------------------

    @Test
    void runByRunTheMerchantsLoseCheckoutAtTwoTenInMostRunsAndBrightcartInNone() {
        // given the servers BlackVault encrypts (see PilotCascadeTest), horizons at 02:09 and 02:10
        CascadeGraph bank = graph("bank-payments");
        List<StartCondition> ransomware = List.of(
                compromised("settlement-server", minutes(68520)),
                compromised("backup-server", minutes(68640)),
                compromised("bo-file-share", minutes(68800)),
                compromised("hsm-gateway", minutes(68880)),
                compromised("reconciliation-db", minutes(68940)));
        CascadeSettings settings = CascadeSettings.DEFAULTS.withHorizons(1149, 1150, 2580);
        int runs = 10_000;

        // when
        MonteCarloResult r = new MonteCarloCascade(settings).run(bank, ransomware, runs, 2025);

        // then Forkly's checkout goes at 02:10 if it goes at all, at least as often as the
        // engine's most likely chain says (0.69), more since the payment gateway is a second way
        double chain =
                new TimePhasedCascade(settings).propagate(bank, ransomware).likelihood("forkly-online-checkout");
        assertThat(r.probability("forkly-online-checkout", 0)).isZero();
        assertThat(r.probability("forkly-online-checkout", 1))
                .isGreaterThan(chain + 4 * Math.sqrt(chain * (1 - chain) / runs));
        assertThat(r.meanOnsetMinute("forkly-online-checkout")).hasValue(1150);
        // Brightcart switches to Payvora: never hit in any run
        assertThat(r.probabilityEver("brightcart-online-checkout")).isZero();
        // card settlement, fed by the encrypted settlement server, is down by the next day in nearly every run
        assertThat(r.probability("card-settlement", 2)).isGreaterThan(0.95);
        // and the ransomware never reaches more than half of the bank's 57 assets
        assertThat(r.blastRadius(2).max()).isLessThan(bank.assetCount() / 2);
        assertThat(r.blastRadius(2).min()).isGreaterThanOrEqualTo(ransomware.size());
    }

    // --- Which assets matter most ----------------------------------------------------------------

    @Test
    void inTheRetailPilotTheHostingDataCentreCostsMostAndTheCustomerDatabaseIsTheChokepoint() {
        CriticalityReport report = new CriticalityAnalysis().report(graph("retail-ecommerce"), ONE_DAY, 5);

        // Kestrel's data centre hosts the DMZ, both web servers and the database server
        assertThat(report.expectedImpacts())
                .extracting(AssetExpectedImpact::assetId)
                .first()
                .isEqualTo("kestrel-dc");
        // and the most likely chains from the shop's critical assets run through the customer database
        assertThat(report.betweenness())
                .extracting(AssetBetweenness::assetId)
                .first()
                .isEqualTo("customer-db");
        assertThat(report.riskiestChains()).hasSize(5);
    }

    @Test
    void inTheBankPilotTheDataCentreCostsMostAndCardAuthorisationIsTheChokepoint() {
        CriticalityReport report = new CriticalityAnalysis().report(graph("bank-payments"), ONE_DAY, 5);

        assertThat(report.expectedImpacts())
                .extracting(AssetExpectedImpact::assetId)
                .first()
                .isEqualTo("bank-dc1");
        // everything from the HSM gateway, the switches and the payment gateway to the merchants
        // and cardholders passes card authorisation
        assertThat(report.betweenness())
                .extracting(AssetBetweenness::assetId)
                .startsWith("card-authorisation", "hsm-gateway");
    }

    private CascadeGraph graph(String scenarioId) {
        return CascadeGraph.of(pilots.stream()
                .filter(s -> s.id().equals(scenarioId))
                .findFirst()
                .orElseThrow());
    }

    private static double minutes(long offsetSeconds) {
        return offsetSeconds / 60.0;
    }

    private static Instant clock(Instant reference, double minute) {
        return reference.plus(Duration.ofSeconds(Math.round(minute * 60)));
    }
}
