package org.vigil.content.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.content.PilotReplay;
import org.vigil.core.cascade.TimePhasedCascade;
import org.vigil.core.cascade.live.CascadeSituation;
import org.vigil.core.cascade.live.LiveCascade;
import org.vigil.core.model.IncidentState;
import org.vigil.core.model.IncidentSummary;
import org.vigil.core.store.Workspace;

/**
 * The cascade follows the incidents correlation raises: replaying the bank pilot marks its hit
 * assets and shows the merchants' checkouts going down; resolving the incidents clears it.
 */
class LiveCascadePilotTest {

    @TempDir
    Path folder;

    @Test
    void theBankPilotsIncidentsCascadeToTheMerchantsCheckoutsAndResolvingThemClearsIt() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"));
                LiveCascade live = new LiveCascade(
                        () -> PilotReplay.PILOTS, () -> workspace.incidents().list(10_000), new TimePhasedCascade())) {
            BlockingQueue<Map<String, CascadeSituation>> published = new LinkedBlockingQueue<>();
            live.addListener(published::add);

            // when the bank pilot is replayed, the live cascade told of every incident
            PilotReplay.replay(PilotReplay.pilot("bank-payments"), workspace, live);
            live.refresh();

            // then, once the cascade's thread has caught up with every open incident on the bank's assets,
            List<String> onBankAssets = open(workspace).stream()
                    .filter(i -> i.assetIds().stream().anyMatch(a -> a.startsWith("bank-payments/")))
                    .map(IncidentSummary::id)
                    .sorted()
                    .toList();
            assertThat(onBankAssets).isNotEmpty();
            CascadeSituation bank = awaitSituation(published, "bank-payments", onBankAssets);
            // its situation shows the checkouts going down
            assertThat(bank.starts().conditions()).extracting(c -> c.assetId()).contains("bo-file-share");
            assertThat(bank.result().isImpacted("forkly-online-checkout")).isTrue();
            assertThat(bank.result().isImpacted("card-authorisation")).isTrue();
            assertThat(bank.continuity().breached())
                    .extracting(s -> s.assetId())
                    .contains("forkly-online-checkout");
            assertThat(bank.starts().reference()).isAfterOrEqualTo(Instant.parse("2025-03-10T00:00:00Z"));
            // the other pilots had no incidents
            assertThat(live.situation("retail-ecommerce")).isEmpty();

            // when every incident is resolved
            for (IncidentSummary incident : open(workspace)) {
                workspace
                        .incidents()
                        .changeState(incident.id(), incident.state(), IncidentState.RESOLVED, Instant.now(), "analyst");
            }
            Map<String, CascadeSituation> after = live.recompute();

            // then no cascade is left
            assertThat(after).isEmpty();
            assertThat(live.situation("bank-payments")).isEmpty();
        }
    }

    private static List<IncidentSummary> open(Workspace workspace) {
        return workspace.incidents().list(10_000).stream()
                .filter(i -> i.state() != IncidentState.RESOLVED)
                .toList();
    }

    /** The first published situation of the scenario that started from exactly these incidents. */
    private static CascadeSituation awaitSituation(
            BlockingQueue<Map<String, CascadeSituation>> published, String scenarioId, List<String> incidentIds)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Map<String, CascadeSituation> situations = published.poll(1, TimeUnit.SECONDS);
            CascadeSituation situation = situations == null ? null : situations.get(scenarioId);
            if (situation != null
                    && situation.starts().incidentIds().stream()
                            .sorted()
                            .toList()
                            .equals(incidentIds)) {
                return situation;
            }
        }
        throw new AssertionError("no situation published for " + scenarioId + " from " + incidentIds);
    }
}
