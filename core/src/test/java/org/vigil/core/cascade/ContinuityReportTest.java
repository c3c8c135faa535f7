package org.vigil.core.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;
import static org.vigil.core.cascade.StartCondition.failed;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Business continuity read off a run: breaches of RTO and MTPD, losses, who to notify and by when. */
class ContinuityReportTest {

    private final TimePhasedCascade cascade = new TimePhasedCascade();

    @Test
    void aServiceHitAndNeverRestoredBreachesItsRtoAndMtpdAfterItsOnset() {
        // given a server behind a service with RTO 60 and MTPD 240, hit 30 minutes after the server
        CascadeGraph g = TestGraph.owner("shop")
                .service("sales", "shop", 60, 240, 1440)
                .link("server", "sales")
                .delay(30)
                .graph();

        // when
        ContinuityReport report = ContinuityReport.of(cascade.propagate(g, List.of(failed("server", 0))));

        // then breaches at 30 + 60 and 30 + 240; loss 1440 per day = 1 per minute, over 30..4320 min
        ServiceContinuity sales = report.service("sales").orElseThrow();
        assertThat(sales.onsetMinute()).isEqualTo(30);
        assertThat(sales.disruptionEndMinute()).isEmpty();
        assertThat(sales.rtoBreachMinute()).hasValue(90);
        assertThat(sales.mtpdBreachMinute()).hasValue(270);
        assertThat(sales.firstBreachMinute()).hasValue(90);
        assertThat(sales.loss().getAsDouble()).isCloseTo(4290, within(1e-6));
        assertThat(report.totalLoss()).isCloseTo(4290, within(1e-6));
    }

    @Test
    void theLossIntegratesTheImpactAsItGrowsUpToTheLastHorizon() {
        // given a service that loses half its function, linearly over two hours
        CascadeGraph g = TestGraph.owner("shop")
                .service("sales", "shop", 60, 240, 2880)
                .link("server", "sales")
                .linear(120)
                .maxImpact(0.5)
                .graph();
        TimePhasedCascade oneDay = new TimePhasedCascade(CascadeSettings.DEFAULTS.withHorizons(60, 1440));

        // when
        ServiceContinuity sales = ContinuityReport.of(oneDay.propagate(g, List.of(failed("server", 0))))
                .service("sales")
                .orElseThrow();

        // then ∫ = 0.5 × (120 / 2 + 1320) = 690 impact-minutes, at 2880 / 1440 = 2 per minute
        assertThat(sales.loss().getAsDouble()).isCloseTo(1380, within(1e-6));
    }

    @Test
    void aServiceWithoutAKnownOutputHasNoLossButStillBreaches() {
        CascadeGraph g = TestGraph.owner("shop")
                .service("sales", "shop", 60, 240, Double.NaN)
                .link("server", "sales")
                .graph();

        ContinuityReport report = ContinuityReport.of(cascade.propagate(g, List.of(failed("server", 0))));

        assertThat(report.service("sales").orElseThrow().loss()).isEmpty();
        assertThat(report.service("sales").orElseThrow().mtpdBreachMinute()).hasValue(240);
        assertThat(report.totalLoss()).isZero();
    }

    @Test
    void servicesAreReportedEarliestBreachFirstAndUnharmedOnesNotAtAll() {
        CascadeGraph g = TestGraph.owner("shop")
                .service("slow-to-hurt", "shop", 600, 1200, 10)
                .service("quick-to-hurt", "shop", 15, 60, 10)
                .service("late", "shop", 10, 20, 10)
                .service("spared", "shop", 10, 20, 10)
                .link("server", "slow-to-hurt")
                .link("server", "quick-to-hurt")
                .delay(100)
                .link("server", "late")
                .delay(1000)
                .link("other", "spared")
                .graph();

        ContinuityReport report = ContinuityReport.of(cascade.propagate(g, List.of(failed("server", 0))));

        // breaches first at 115, 600 and 1010
        assertThat(report.services())
                .extracting(
                        ServiceContinuity::assetId, s -> s.firstBreachMinute().getAsDouble())
                .containsExactly(tuple("quick-to-hurt", 115.0), tuple("slow-to-hurt", 600.0), tuple("late", 1010.0));
        assertThat(report.breached()).hasSize(3);
    }

    @Test
    void organisationsDownstreamAreToBeNotifiedWhenTheCascadeReachesThemOrAtTheBreach() {
        // given the bank's checkout service; a merchant's shop (10 min) and app (30 min) depend on it,
        // and the couriers' pay depends on the merchant's app (another 120 min)
        CascadeGraph g = TestGraph.owner("bank")
                .service("checkout", "bank", 60, 240, 1000)
                .organisation("merchant")
                .organisation("couriers")
                .asset("merchant-shop", "merchant")
                .asset("merchant-app", "merchant")
                .asset("courier-pay", "couriers")
                .asset("unrelated", "couriers")
                .link("switch", "checkout")
                .link("checkout", "merchant-shop")
                .delay(10)
                .link("checkout", "merchant-app")
                .delay(30)
                .link("merchant-app", "courier-pay")
                .delay(120)
                .link("switch", "unrelated")
                .graph();

        // when the switch fails at minute 5
        ServiceContinuity checkout = ContinuityReport.of(cascade.propagate(g, List.of(failed("switch", 5))))
                .service("checkout")
                .orElseThrow();

        // then the merchant by 5 + 10; the couriers by the RTO breach at 5 + 60, before 5 + 150
        assertThat(checkout.affectedOrganisations())
                .extracting(AffectedOrganisation::organisationId, AffectedOrganisation::notifyByMinute)
                .containsExactly(tuple("merchant", 15.0), tuple("couriers", 65.0));
        assertThat(checkout.affectedOrganisations().get(0).assetIds()).containsExactly("merchant-shop", "merchant-app");
        assertThat(checkout.affectedOrganisations().get(1).assetIds()).containsExactly("courier-pay");
    }

    @Test
    void throughARedundancyGroupTheCascadeFromTheServiceWaitsForTheOtherMember() {
        // given a partner that fails over from the service to a backup that is also down later
        CascadeGraph g = TestGraph.owner("bank")
                .service("checkout", "bank", 600, 1200, 1000)
                .organisation("partner")
                .asset("partner-app", "partner")
                .link("switch", "checkout")
                .link("checkout", "partner-app")
                .group("acquirers")
                .link("backup", "partner-app")
                .delay(45)
                .group("acquirers")
                .graph();

        ServiceContinuity checkout = ContinuityReport.of(
                        cascade.propagate(g, List.of(failed("switch", 0), failed("backup", 0))))
                .service("checkout")
                .orElseThrow();

        assertThat(checkout.affectedOrganisations())
                .extracting(AffectedOrganisation::organisationId, AffectedOrganisation::notifyByMinute)
                .containsExactly(tuple("partner", 45.0));
    }
}
