package org.vigil.visual.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigil.content.PilotScenarios;
import org.vigil.core.cascade.BreachOutcome;
import org.vigil.core.cascade.Mitigation;
import org.vigil.core.cascade.RootCauseCandidate;
import org.vigil.core.cascade.StartCondition;
import org.vigil.core.cascade.StartState;
import org.vigil.core.cascade.TimePhasedCascade;
import org.vigil.core.cascade.live.LiveCascade;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.model.IncidentState;
import org.vigil.core.model.IncidentSummary;
import org.vigil.core.model.Scenario;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;
import org.vigil.visual.selection.SituationSelection;
import org.vigil.visual.task.ImmediateBackground;
import org.vigil.visual.text.UiText;

/**
 * The cascade panel on the real pilots: the live start set comes from incidents on the pilots'
 * assets (as the live cascade builds it), timed as the pilots' timelines tell.
 */
class CascadeViewModelTest {

    private static final Instant BANK_REFERENCE = Instant.parse("2025-03-10T07:00:00Z");
    private static final Instant RETAIL_REFERENCE = Instant.parse("2025-03-17T00:00:00Z");

    private final List<Scenario> pilots = new PilotScenarios(new ScenarioReader()).load();
    private final List<IncidentSummary> incidents = new ArrayList<>();
    private final LiveCascade live = new LiveCascade(() -> pilots, () -> incidents, new TimePhasedCascade());
    private final SituationSelection selection = new SituationSelection();
    private final CascadeViewModel model = new CascadeViewModel(
            selection,
            id -> pilots.stream().filter(s -> s.id().equals(id)).findFirst(),
            live::situation,
            new UiText(new MessageCatalog().messages(Language.EN)),
            new ImmediateBackground(),
            Runnable::run);

    @AfterEach
    void stopLiveCascade() throws InterruptedException {
        live.close();
    }

    /** BlackVault encrypts the bank's back-office servers (timeline offsets in seconds). */
    private void ransomwareIncidents() {
        incident("bank-payments", "settlement-server", BANK_REFERENCE, 68520);
        incident("bank-payments", "backup-server", BANK_REFERENCE, 68640);
        incident("bank-payments", "bo-file-share", BANK_REFERENCE, 68800);
        incident("bank-payments", "hsm-gateway", BANK_REFERENCE, 68880);
        incident("bank-payments", "reconciliation-db", BANK_REFERENCE, 68940);
        live.recompute();
    }

    @Test
    void theBanksRansomwareTakesCardPaymentsDownAndTheMerchantsCheckoutBreachesItsRtoFirst() {
        // given the ransomware's incidents, followed by the live cascade
        ransomwareIncidents();

        // when the panel shows the bank
        selection.scenarioIdProperty().set("bank-payments");

        // then it shows the live start set: five servers, compromised, from five incidents
        assertThat(model.statusProperty().get()).isEqualTo(CascadeViewModel.Status.READY);
        assertThat(model.sourceProperty().get()).isEqualTo(StartSource.LIVE);
        assertThat(model.startSetProperty().get().incidentCount()).isEqualTo(5);
        assertThat(model.starts())
                .extracting(StartRow::assetId)
                .containsExactly(
                        "settlement-server", "backup-server", "bo-file-share", "hsm-gateway", "reconciliation-db");
        CascadeOutcome outcome = model.analysisProperty().get().outcome();
        // card payments are hit: card authorisation and the merchants' checkouts are charted
        assertThat(outcome.series())
                .extracting(ImpactSeries::assetId)
                .contains("card-authorisation", "forkly-online-checkout", "salvia-online-checkout");
        // and the Gantt rows start with the two services whose 30-minute RTO runs out first: the
        // HSM gateway (6 min after the first server) starves the switches 2 minutes later
        List<ContinuityRow> rows = outcome.continuity();
        assertThat(rows).extracting(ContinuityRow::assetId).startsWith("card-authorisation", "forkly-online-checkout");
        ContinuityRow forkly = rows.get(1);
        assertThat(forkly.onsetMinute() - outcome.origin()).isCloseTo(8, within(1e-9));
        assertThat(forkly.rtoBreach()).hasValue(forkly.onsetMinute() + 30);
        assertThat(forkly.mtpdBreach()).hasValue(forkly.onsetMinute() + 240);
        // sorted by first breach
        List<Double> firstBreaches = rows.stream()
                .filter(r -> r.firstBreach().isPresent())
                .map(r -> r.firstBreach().getAsDouble())
                .toList();
        assertThat(firstBreaches).isSorted();
        assertThat(rows.indexOf(forkly))
                .isLessThan(rows.stream().map(ContinuityRow::assetId).toList().indexOf("salvia-online-checkout"));
    }

    @Test
    void eachSeriesHasAPointPerSampledMinuteAndEndsAtTheResultsImpactAtTheHorizon() {
        // given
        ransomwareIncidents();

        // when
        selection.scenarioIdProperty().set("bank-payments");

        // then
        CascadeOutcome outcome = model.analysisProperty().get().outcome();
        assertThat(outcome.sampleMinutes()).hasSize(ChartSpan.SAMPLES + 1);
        assertThat(outcome.horizon() - outcome.origin()).isEqualTo(ChartSpan.ONE_DAY.minutes());
        int lastHorizon = outcome.result().horizons().size() - 1;
        assertThat(outcome.result().horizons().get(lastHorizon)).isEqualTo(outcome.horizon());
        assertThat(outcome.series()).isNotEmpty().allSatisfy(series -> {
            assertThat(series.impacts()).hasSameSizeAs(outcome.sampleMinutes());
            assertThat(series.finalImpact()).isEqualTo(outcome.result().impact(series.assetId(), lastHorizon));
        });
        // card authorisation is down in full a day later
        ImpactSeries authorisation = series(outcome, "card-authorisation");
        assertThat(authorisation.finalImpact()).isEqualTo(1);
        assertThat(authorisation.impacts().get(0)).isZero();
    }

    @Test
    void aLongerSpanSamplesFurtherOut() {
        ransomwareIncidents();
        selection.scenarioIdProperty().set("bank-payments");

        // when
        model.spanProperty().set(ChartSpan.THREE_DAYS);

        // then
        CascadeOutcome outcome = model.analysisProperty().get().outcome();
        assertThat(outcome.horizon() - outcome.origin()).isEqualTo(ChartSpan.THREE_DAYS.minutes());
        assertThat(outcome.sampleMinutes()).hasSize(ChartSpan.SAMPLES + 1);
    }

    @Test
    void restoringTheHsmGatewayInRunBLowersTheImpactAndAvoidsBreaches() {
        // given the bank's live cascade on the panel
        ransomwareIncidents();
        selection.scenarioIdProperty().set("bank-payments");
        WhatIfViewModel whatIf = model.whatIf();

        // when run B restores the HSM gateway at 04:00, 118 minutes after the first server went
        boolean added = whatIf.add(new Mitigation.Restore("hsm-gateway", 118));
        whatIf.compare();

        // then the merchants' checkouts are back by the horizon in B and not in A
        assertThat(added).isTrue();
        WhatIfOutcome outcome = whatIf.outcomeProperty().get();
        ComparisonRow forkly = row(outcome, "forkly-online-checkout");
        assertThat(forkly.impactA()).isEqualTo(1);
        assertThat(forkly.impactB()).isZero();
        assertThat(forkly.difference()).isEqualTo(-1);
        // Forkly's RTO of 30 minutes still runs out, its MTPD of 4 hours no more; Salvia breaches neither
        assertThat(forkly.rto()).isEqualTo(BreachOutcome.UNCHANGED);
        assertThat(forkly.mtpd()).isEqualTo(BreachOutcome.AVOIDED);
        ComparisonRow salvia = row(outcome, "salvia-online-checkout");
        assertThat(salvia.rto()).isEqualTo(BreachOutcome.AVOIDED);
        assertThat(salvia.mtpd()).isEqualTo(BreachOutcome.AVOIDED);
        assertThat(outcome.breachesAvoided()).isGreaterThanOrEqualTo(3);
        assertThat(outcome.breachesGained()).isZero();
        // both runs are drawn on the same axes
        assertThat(outcome.runB().sampleMinutes()).isEqualTo(outcome.runA().sampleMinutes());
        assertThat(series(outcome.runB(), "forkly-online-checkout").finalImpact())
                .isZero();
        // the settlement side stays down in B: its servers are not restored
        assertThat(row(outcome, "card-settlement").difference()).isZero();
    }

    @Test
    void aSupplierSwitchThatTheScenarioDoesNotHaveIsRefusedWithAReason() {
        ransomwareIncidents();
        selection.scenarioIdProperty().set("bank-payments");

        // when the analyst names as supplier an asset the checkout does not depend on
        boolean added = model.whatIf()
                .add(new Mitigation.RedundantSupplier("forkly-online-checkout", "bank-dc2", "hsm-gateway", 0));

        // then
        assertThat(added).isFalse();
        assertThat(model.whatIf().mitigations()).isEmpty();
        assertThat(model.whatIf().problemProperty().get().key()).isEqualTo("cascade.whatif.notASupplier");
        assertThat(model.whatIf().suppliersOf("forkly-online-checkout"))
                .isNotEmpty()
                .doesNotContain("bank-dc2");
    }

    @Test
    void downstreamIncidentsAtTheRetailerPointAtTheCustomerDatabase() {
        // given incidents on what the SQL injection on the customer database (20:04:12) hits:
        // accounts and checkout at once, the CRM and customer service half an hour later
        incident("retail-ecommerce", "customer-accounts", RETAIL_REFERENCE, 72252 + 300);
        incident("retail-ecommerce", "online-checkout", RETAIL_REFERENCE, 72252 + 600);
        incident("retail-ecommerce", "crm-system", RETAIL_REFERENCE, 72252 + 2400);
        incident("retail-ecommerce", "customer-service", RETAIL_REFERENCE, 72252 + 2700);
        live.recompute();

        // when
        selection.scenarioIdProperty().set("retail-ecommerce");

        // then the customer database explains them best, failing no later than the first incident
        List<RootCauseCandidate> candidates = model.candidates();
        assertThat(candidates).isNotEmpty();
        RootCauseCandidate best = candidates.get(0);
        assertThat(best.assetId()).isEqualTo("customer-db");
        assertThat(best.unexplained()).isEmpty();
        assertThat(best.failureMinute()).isLessThanOrEqualTo(0);
    }

    @Test
    void startingFromTheSelectedAssetsUsesExactlyThoseInTheChosenStates() {
        // given the bank's live cascade and two assets selected in another view
        ransomwareIncidents();
        selection.scenarioIdProperty().set("bank-payments");
        selection.selectAssets(Set.of("payment-gateway", "bank-payments/auth-switch-a"));

        // when the analyst starts from them, the switch only degraded
        model.useSelectedAssets();
        model.chooseState("auth-switch-a", StartState.DEGRADED);

        // then
        assertThat(model.sourceProperty().get()).isEqualTo(StartSource.SELECTED_ASSETS);
        assertThat(model.startSetProperty().get().conditions())
                .containsExactly(
                        new StartCondition("auth-switch-a", StartState.DEGRADED, 0),
                        new StartCondition("payment-gateway", StartState.FAILED, 0));
        assertThat(model.analysisProperty().get().outcome().result().startConditions())
                .containsExactlyInAnyOrderElementsOf(
                        model.startSetProperty().get().conditions());
        assertThat(model.analysisProperty().get().outcome().result().isImpacted("hsm-gateway"))
                .isFalse();

        // when the selection changes, the start set follows it, keeping chosen states
        selection.selectAssets(Set.of("auth-switch-a"));
        assertThat(model.starts()).containsExactly(new StartRow("auth-switch-a", StartState.DEGRADED, 0));
    }

    @Test
    void switchingBackToLiveUsesTheSituationsStarts() {
        // given
        ransomwareIncidents();
        selection.scenarioIdProperty().set("bank-payments");
        selection.selectAssets(Set.of("payment-gateway"));
        model.useSelectedAssets();

        // when
        model.useLive();

        // then
        List<StartCondition> situation =
                live.situation("bank-payments").orElseThrow().starts().conditions();
        assertThat(model.sourceProperty().get()).isEqualTo(StartSource.LIVE);
        assertThat(model.startSetProperty().get().conditions()).isEqualTo(situation);
        assertThat(model.analysisProperty().get().outcome().result().startConditions())
                .isEqualTo(situation);
    }

    @Test
    void withoutOpenIncidentsThePanelSaysThereIsNoStartAndFollowsTheLiveCascadeOnceThereAre() {
        // given no incident yet
        live.recompute();
        selection.scenarioIdProperty().set("bank-payments");
        assertThat(model.statusProperty().get()).isEqualTo(CascadeViewModel.Status.NO_START);
        assertThat(model.analysisProperty().get()).isNull();

        // when the ransomware's incidents arrive and the live cascade says so
        ransomwareIncidents();
        model.liveChanged();

        // then
        assertThat(model.statusProperty().get()).isEqualTo(CascadeViewModel.Status.READY);
        assertThat(model.starts()).hasSize(5);
    }

    @Test
    void selectingAChainSelectsItsAssetsEverywhere() {
        ransomwareIncidents();
        selection.scenarioIdProperty().set("bank-payments");

        // when
        ChainRow riskiest = model.chains().get(0);
        model.selectChain(riskiest);

        // then the chain runs from a start asset, with its arrival, and its assets are selected
        assertThat(riskiest.assetIds().get(0))
                .isIn(model.starts().stream().map(StartRow::assetId).toList());
        assertThat(riskiest.arrivalMinute()).isPresent();
        assertThat(selection.assetIdsProperty().get()).containsExactlyInAnyOrderElementsOf(riskiest.assetIds());

        // and the scenario-wide chains come from the riskiest-chain search, without arrival times
        model.chainScopeProperty().set(CascadeViewModel.ChainScope.SCENARIO);
        assertThat(model.chains()).hasSize(CascadeAnalysis.CHAINS);
        assertThat(model.chains()).allSatisfy(c -> assertThat(c.arrivalMinute()).isEmpty());
    }

    private void incident(String scenarioId, String assetId, Instant reference, long offsetSeconds) {
        Instant at = reference.plusSeconds(offsetSeconds);
        incidents.add(new IncidentSummary(
                "inc-" + assetId,
                "rule-" + assetId,
                assetId + " hit",
                EventSeverity.CRITICAL,
                IncidentState.NEW,
                at,
                at,
                at,
                1,
                List.of(scenarioId + "/" + assetId),
                List.of()));
    }

    private static ImpactSeries series(CascadeOutcome outcome, String assetId) {
        return outcome.series().stream()
                .filter(s -> s.assetId().equals(assetId))
                .findFirst()
                .orElseThrow();
    }

    private static ComparisonRow row(WhatIfOutcome outcome, String assetId) {
        Optional<ComparisonRow> row =
                outcome.rows().stream().filter(r -> r.assetId().equals(assetId)).findFirst();
        return row.orElseThrow(() -> new AssertionError("no comparison row for " + assetId));
    }
}
