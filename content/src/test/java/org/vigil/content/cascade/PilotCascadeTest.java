package org.vigil.content.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;
import static org.vigil.core.cascade.StartCondition.compromised;
import static org.vigil.core.cascade.StartCondition.failed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.content.PilotScenarios;
import org.vigil.core.cascade.AffectedOrganisation;
import org.vigil.core.cascade.BreachOutcome;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.CascadeResult;
import org.vigil.core.cascade.ContinuityChange;
import org.vigil.core.cascade.ContinuityReport;
import org.vigil.core.cascade.ExplanationPath;
import org.vigil.core.cascade.Mitigation;
import org.vigil.core.cascade.ServiceContinuity;
import org.vigil.core.cascade.StartCondition;
import org.vigil.core.cascade.TimePhasedCascade;
import org.vigil.core.cascade.WhatIfComparison;
import org.vigil.core.model.Scenario;
import org.vigil.core.scenario.ScenarioReader;

/**
 * The pilot stories told by the cascade engine. Start sets come from the pilots' timelines (offsets
 * in seconds); expected times are worked out from the dependency delays in the comments and
 * checked as wall-clock times, with each scenario's timeline starting at its reference time.
 */
class PilotCascadeTest {

    private static final Instant BANK_REFERENCE = Instant.parse("2025-03-10T07:00:00Z");
    private static final Instant PHARMACY_REFERENCE = Instant.parse("2025-03-11T18:00:00Z");
    private static final Instant RETAIL_REFERENCE = Instant.parse("2025-03-17T00:00:00Z");

    private final List<Scenario> pilots = new PilotScenarios(new ScenarioReader()).load();
    private final TimePhasedCascade cascade = new TimePhasedCascade();

    // --- Meridian Bank: ransomware on the payments back office ---------------------------------

    /** The servers BlackVault encrypts, each from the timeline event that shows it. */
    private static List<StartCondition> ransomware() {
        return List.of(
                compromised("settlement-server", minutes(68520)), // 02:02 shadow copies deleted
                compromised("backup-server", minutes(68640)), // 02:04 backup service stopped
                compromised("bo-file-share", minutes(68800)), // 02:06:40 files renamed .blackvault
                compromised("hsm-gateway", minutes(68880)), // 02:08 encryption binary on the HSM gateway
                compromised("reconciliation-db", minutes(68940))); // 02:09 database stopped
    }

    @Test
    void ransomwareOnTheBackOfficeBreachesTheMerchantsCheckoutMtpdWhenTheDelaysSay() {
        // given
        CascadeGraph bank = graph("bank-payments");

        // when
        CascadeResult r = cascade.propagate(bank, ransomware());
        ContinuityReport continuity = ContinuityReport.of(r);

        // then the HSM gateway (02:08) starves both authorisation switches 2 minutes later, so the
        // gateway, card authorisation and the checkouts that depend on them go down at 02:10
        assertThat(at(BANK_REFERENCE, r.onsetMinute("forkly-online-checkout").getAsDouble()))
                .isEqualTo("2025-03-11T02:10:00Z");
        ServiceContinuity forkly = continuity.service("forkly-online-checkout").orElseThrow();
        ServiceContinuity salvia = continuity.service("salvia-online-checkout").orElseThrow();
        // Forkly's MTPD is 4 h, Salvia's 12 h
        assertThat(at(BANK_REFERENCE, forkly.mtpdBreachMinute().getAsDouble())).isEqualTo("2025-03-11T06:10:00Z");
        assertThat(at(BANK_REFERENCE, salvia.mtpdBreachMinute().getAsDouble())).isEqualTo("2025-03-11T14:10:00Z");
        // Brightcart routes to Payvora (redundancy groups brightcart-psp and brightcart-acquiring)
        assertThat(r.isImpacted("brightcart-online-checkout")).isFalse();
        assertThat(r.isImpacted("brightcart-checkout")).isFalse();
        // and the merchants' checkouts are down in full a day later
        assertThat(r.impact("forkly-online-checkout", 3)).isEqualTo(1);
    }

    @Test
    void theMostLikelyExplanationRunsFromTheHsmGatewayThroughEitherSwitch() {
        CascadeResult r = cascade.propagate(graph("bank-payments"), ransomware());

        List<ExplanationPath> why = r.explain("forkly-online-checkout", 2);

        // HSM -> switch 0.9; the switch pair into card authorisation 0.95 and the twin 0.9 × 0.95;
        // card authorisation -> Forkly's checkout 0.95. Equally likely twins come by asset id.
        assertThat(why)
                .extracting(ExplanationPath::assetIds)
                .containsExactly(
                        List.of("hsm-gateway", "auth-switch-a", "card-authorisation", "forkly-online-checkout"),
                        List.of("hsm-gateway", "auth-switch-b", "card-authorisation", "forkly-online-checkout"));
        assertThat(why.get(0).likelihood()).isCloseTo(0.9 * 0.95 * (0.9 * 0.95) * 0.95, within(1e-12));
        assertThat(why.get(0).hops().get(1).redundancyGroup()).hasValue("auth-switch-pair");
    }

    @Test
    void cardHoldersLoseOnlyWhatDependsOnTheirCards() {
        CascadeResult r = cascade.propagate(graph("bank-payments"), ransomware());

        // cash and other banks' cards still work: maxImpact 0.6; POS terminals approve small
        // amounts offline: 0.9
        assertThat(r.level("cardholders-group")).isEqualTo(0.6);
        assertThat(r.level("salvia-pos")).isEqualTo(0.9);
        assertThat(r.level("card-authorisation")).isEqualTo(1);
    }

    @Test
    void everyoneDependingOnCardAuthorisationIsToBeToldBeforeItsRtoRunsOut() {
        CascadeResult r = cascade.propagate(graph("bank-payments"), ransomware());

        ServiceContinuity authorisation =
                ContinuityReport.of(r).service("card-authorisation").orElseThrow();

        // onset 02:10; RTO 30 min, so the card scheme, reached only after settlement, is told at 02:40
        assertThat(authorisation.affectedOrganisations())
                .extracting(AffectedOrganisation::organisationId, o -> at(BANK_REFERENCE, o.notifyByMinute()))
                .contains(
                        tuple("forkly", Instant.parse("2025-03-11T02:10:00Z")),
                        tuple("salvia-pharmacy", Instant.parse("2025-03-11T02:10:00Z")),
                        tuple("brightcart", Instant.parse("2025-03-11T02:10:00Z")),
                        tuple("stellarcard", Instant.parse("2025-03-11T02:40:00Z")));
        assertThat(authorisation.affectedOrganisations())
                .filteredOn(o -> o.organisationId().equals("brightcart"))
                .flatExtracting(AffectedOrganisation::assetIds)
                .containsExactly("brightcart-pos");
    }

    @Test
    void restoringTheHsmGatewayWithinTwoHoursAvoidsTheMerchantsMtpdBreaches() {
        CascadeGraph bank = graph("bank-payments");
        CascadeResult base = cascade.propagate(bank, ransomware());

        // when the HSM gateway works again at 04:00; the switches, the gateway and card
        // authorisation follow at 04:02
        CascadeResult restored = cascade.whatIf(base, List.of(new Mitigation.Restore("hsm-gateway", 1260)));
        WhatIfComparison comparison = WhatIfComparison.between(base, restored);

        // then Forkly (RTO 30 min) still breaches its RTO at 02:40 but not its MTPD; Salvia (RTO 2 h) neither
        ContinuityChange forkly =
                comparison.continuityChange("forkly-online-checkout").orElseThrow();
        assertThat(forkly.rto()).isEqualTo(BreachOutcome.UNCHANGED);
        assertThat(forkly.mtpd()).isEqualTo(BreachOutcome.AVOIDED);
        ContinuityChange salvia =
                comparison.continuityChange("salvia-online-checkout").orElseThrow();
        assertThat(salvia.rto()).isEqualTo(BreachOutcome.AVOIDED);
        assertThat(salvia.mtpd()).isEqualTo(BreachOutcome.AVOIDED);
        assertThat(restored.recoveryMinute("forkly-online-checkout")).hasValue(1262);
        assertThat(comparison.lossAvoided()).isPositive();
        // the settlement side stays down: its servers are not restored
        assertThat(restored.recoveryMinute("settlement-app")).isEmpty();
    }

    @Test
    void isolatingTheHsmGatewayWhenDefenderWasSwitchedOffSparesTheMerchants() {
        CascadeGraph bank = graph("bank-payments");
        CascadeResult base = cascade.propagate(bank, ransomware());

        // Defender's real-time protection was disabled on the settlement server at 01:51
        CascadeResult contained = cascade.whatIf(base, List.of(new Mitigation.Isolate("hsm-gateway", minutes(67860))));
        WhatIfComparison comparison = WhatIfComparison.between(base, contained);

        assertThat(comparison.assetsSpared())
                .contains(
                        "hsm-gateway",
                        "card-authorisation",
                        "forkly-online-checkout",
                        "salvia-online-checkout",
                        "cardholders-group");
        assertThat(contained.isImpacted("settlement-app")).isTrue();
    }

    // --- FarmaTejo: route leak, tracker torn out, armoured van hijacked -------------------------

    private static List<StartCondition> hijack() {
        return List.of(
                compromised("insider-dispatcher", minutes(16866)), // 22:41:06 full route export
                compromised("armoured-van", minutes(44778)), // 06:26:18 route deviation
                failed("av-gps-tracker", minutes(45288))); // 06:34:48 tracker case opened
    }

    @Test
    void theRouteLeakAndTheHijackedVanReachPrescriptionDelivery() {
        // when
        CascadeResult r = cascade.propagate(graph("pharmacy-delivery"), hijack());

        // then the leak reaches it first: route planner -> custody ops app 10 min -> secure
        // transport 15 -> cold-chain delivery 30 -> prescription delivery 30
        assertThat(r.onsetMinute("rx-delivery")).hasValue(minutes(16866) + 10 + 15 + 30 + 30);
        assertThat(at(PHARMACY_REFERENCE, r.onsetMinute("rx-delivery").getAsDouble()))
                .isEqualTo("2025-03-12T00:06:06Z");
        // at worst it loses the Setúbal half of its deliveries (hub and last mile both at most 0.5)
        assertThat(r.level("rx-delivery")).isEqualTo(0.5);
        assertThat(r.impact("rx-delivery", 3)).isEqualTo(0.5);
        // and the most likely reason is the van's stolen insulin box: 0.95 × 0.9 × 0.6
        ExplanationPath why = r.explain("rx-delivery", 1).get(0);
        assertThat(why.assetIds()).containsExactly("armoured-van", "coldbox-114", "cold-chain-delivery", "rx-delivery");
        assertThat(why.likelihood()).isCloseTo(0.95 * 0.9 * 0.6, within(1e-12));
        // the delivery service's RTO of 4 h runs out at 04:06:06
        ServiceContinuity delivery =
                ContinuityReport.of(r).service("rx-delivery").orElseThrow();
        assertThat(at(PHARMACY_REFERENCE, delivery.rtoBreachMinute().getAsDouble()))
                .isEqualTo("2025-03-12T04:06:06Z");
    }

    @Test
    void theRouteLeakAloneOnlyDentsRoutePlanning() {
        CascadeResult r = cascade.propagate(graph("pharmacy-delivery"), List.of(compromised("insider-dispatcher", 0)));

        // one dispatcher among a team: maxImpact 0.3 on the planner
        assertThat(r.level("route-planner")).isEqualTo(0.3);
        assertThat(r.level("route-planning")).isEqualTo(0.3);
        assertThat(r.level("rx-delivery")).isEqualTo(0.3);
    }

    @Test
    void tearingOutTheGpsTrackerAloneDoesNotBlindTheVan() {
        CascadeResult r = cascade.propagate(graph("pharmacy-delivery"), List.of(failed("av-gps-tracker", 0)));

        // the hidden backup tracker is the other member of bg41tx-tracking
        assertThat(r.isImpacted("armoured-van")).isFalse();
        assertThat(r.impactedAssetIds()).containsExactly("av-gps-tracker");
    }

    // --- Lumenhaus: SQL injection on the customer database --------------------------------------

    private static List<StartCondition> sqlInjection() {
        return List.of(compromised("customer-db", minutes(72252))); // 20:04:12 SQL syntax errors from the back office
    }

    @Test
    void theSqlInjectionReachesCustomerAccountsAtOnceAndBreachNotificationThroughTheCrm() {
        // when
        CascadeResult r = cascade.propagate(graph("retail-ecommerce"), sqlInjection());
        ContinuityReport continuity = ContinuityReport.of(r);

        // then customer accounts are hit at once, at 0.8 (passwords must be reset, logins go on)
        assertThat(at(RETAIL_REFERENCE, r.onsetMinute("customer-accounts").getAsDouble()))
                .isEqualTo("2025-03-17T20:04:12Z");
        assertThat(r.level("customer-accounts")).isEqualTo(0.8);
        ServiceContinuity accounts = continuity.service("customer-accounts").orElseThrow();
        assertThat(at(RETAIL_REFERENCE, accounts.rtoBreachMinute().getAsDouble()))
                .isEqualTo("2025-03-17T22:04:12Z");
        // and breach notification 30 + 60 minutes later through the CRM, which holds half its input
        assertThat(at(RETAIL_REFERENCE, r.onsetMinute("breach-notification").getAsDouble()))
                .isEqualTo("2025-03-17T21:34:12Z");
        assertThat(r.level("breach-notification")).isEqualTo(0.5);
        assertThat(r.explain("breach-notification", 1).get(0).assetIds())
                .containsExactly("customer-db", "crm-system", "breach-notification");
        // its MTPD is the GDPR's 72 hours
        ServiceContinuity notification =
                continuity.service("breach-notification").orElseThrow();
        assertThat(at(RETAIL_REFERENCE, notification.mtpdBreachMinute().getAsDouble()))
                .isEqualTo("2025-03-20T21:34:12Z");
    }

    @Test
    void aDataTheftDentsTheShopWithoutStoppingIt() {
        CascadeResult r = cascade.propagate(graph("retail-ecommerce"), sqlInjection());

        // the stolen database still serves the shop (0.3); guests can still check out (0.3);
        // customers who stay away cost at most 0.3
        assertThat(r.level("shop-app")).isEqualTo(0.3);
        assertThat(r.level("online-checkout")).isEqualTo(0.3);
        assertThat(r.level("online-customers")).isEqualTo(1);
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

    private static Instant at(Instant reference, double minute) {
        return reference.plus(Duration.ofSeconds(Math.round(minute * 60)));
    }
}
