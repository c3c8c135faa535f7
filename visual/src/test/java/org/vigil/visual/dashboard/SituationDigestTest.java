package org.vigil.visual.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vigil.core.cascade.StartCondition.compromised;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.CascadeResult;
import org.vigil.core.cascade.ContinuityReport;
import org.vigil.core.cascade.StartCondition;
import org.vigil.core.cascade.TimePhasedCascade;
import org.vigil.core.cascade.live.CascadeSituation;
import org.vigil.core.cascade.live.IncidentStarts;
import org.vigil.core.model.Layer;
import org.vigil.core.model.Scenario;

/** The bank pilot's ransomware (docs/cascade.md) read by the dashboard at a moment of its story. */
class SituationDigestTest {

    private static final Instant REFERENCE = Instant.parse("2025-03-10T07:00:00Z");
    /** 02:30 on the second day: the checkouts went down at 02:10, merchant payouts follow the next day. */
    private static final Instant AT_0230 = REFERENCE.plus(Duration.ofMinutes(19 * 60 + 30));

    private static final Scenario BANK = ReplayedPilot.PILOTS.stream()
            .filter(s -> s.id().equals("bank-payments"))
            .findFirst()
            .orElseThrow();

    private static CascadeSituation ransomware() {
        List<StartCondition> starts = List.of(
                compromised("settlement-server", 68520 / 60.0),
                compromised("backup-server", 68640 / 60.0),
                compromised("bo-file-share", 68800 / 60.0),
                compromised("hsm-gateway", 68880 / 60.0),
                compromised("reconciliation-db", 68940 / 60.0));
        CascadeResult result = new TimePhasedCascade().propagate(CascadeGraph.of(BANK), starts);
        return new CascadeSituation(
                BANK.id(),
                new IncidentStarts(REFERENCE, starts, List.of()),
                result,
                ContinuityReport.of(result),
                Duration.ZERO);
    }

    @Test
    void businessServicesAreRankedByImpactNowThenByTheEarliestBreach() {
        // given the ransomware's cascade at 02:30
        SituationDigest digest = new SituationDigest(List.of(ransomware()), AT_0230);

        // when
        List<ServiceImpact> services = digest.services(100);

        // then only hit business-layer assets, most affected first
        assertThat(services).isSortedAccordingTo(SituationDigest.MOST_AFFECTED);
        assertThat(services)
                .allSatisfy(
                        s -> assertThat(BANK.asset(s.assetId()).orElseThrow().layer())
                                .isEqualTo(Layer.BUSINESS));
        assertThat(services).extracting(ServiceImpact::assetId).doesNotContain("brightcart-online-checkout");
        ServiceImpact authorisation = find(services, "card-authorisation");
        ServiceImpact payouts = find(services, "merchant-payouts");
        assertThat(authorisation.impactNow()).isPositive();
        assertThat(payouts.impactNow()).isZero();
        assertThat(services.indexOf(authorisation)).isLessThan(services.indexOf(payouts));
        // card authorisation went down at 02:10 with an RTO of 30 minutes: 10 minutes left at 02:30
        assertThat(authorisation.minutesToRtoBreach().getAsDouble()).isCloseTo(10, within(1e-6));
        assertThat(digest.services(3)).hasSize(3).containsExactlyElementsOf(services.subList(0, 3));
    }

    @Test
    void assetsHitAreCountedPerLayerByNowAndInAll() {
        CascadeSituation situation = ransomware();

        List<LayerImpact> layers = new SituationDigest(List.of(situation), AT_0230).layers();

        assertThat(layers).extracting(LayerImpact::layer).containsExactly(Layer.values());
        assertThat(layers.stream().mapToInt(LayerImpact::hitInAll).sum())
                .isEqualTo(situation.result().impactedCount());
        // merchant payouts and more are hit only later in the story
        assertThat(layers.stream().mapToInt(LayerImpact::hitNow).sum())
                .isLessThan(situation.result().impactedCount())
                .isPositive();
    }

    @Test
    void theAssetsHitInTheLastHourAreThoseWhoseOnsetFallsInIt() {
        CascadeSituation situation = ransomware();

        List<RecentChange> hit =
                new SituationDigest(List.of(situation), AT_0230).hitSince(AT_0230.minus(Duration.ofHours(1)));

        // the whole attack (02:02 to 02:10) lies in the hour before 02:30
        assertThat(hit).extracting(RecentChange::target).contains("hsm-gateway", "card-authorisation");
        assertThat(hit).extracting(RecentChange::target).doesNotContain("merchant-payouts");
        assertThat(hit)
                .allSatisfy(c -> assertThat(c.at())
                        .isAfter(AT_0230.minus(Duration.ofHours(1)))
                        .isBeforeOrEqualTo(AT_0230));
        assertThat(hit.stream().filter(c -> c.target().equals("card-authorisation")))
                .singleElement()
                .satisfies(c -> assertThat(c.at()).isEqualTo(Instant.parse("2025-03-11T02:10:00Z")));
    }

    private static ServiceImpact find(List<ServiceImpact> services, String id) {
        return services.stream().filter(s -> s.assetId().equals(id)).findFirst().orElseThrow();
    }
}
