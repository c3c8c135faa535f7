package org.vigil.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.TestScenario;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.wazuh.WazuhAlertParser;
import org.vigil.core.ingest.AssetMapper;
import org.vigil.core.ingest.FileIngest;
import org.vigil.core.ingest.IngestProgress;
import org.vigil.core.model.AssetKind;
import org.vigil.core.model.Detection;
import org.vigil.core.model.IncidentState;
import org.vigil.core.model.OrganisationType;
import org.vigil.core.model.Scenario;
import org.vigil.core.store.EventHistoryRepository.LaneBin;
import org.vigil.core.store.EventHistoryRepository.LaneEvent;
import org.vigil.core.store.EventHistoryRepository.Lanes;

/**
 * The timeline's reads on a real Wazuh sample (84 alerts of the pilot stories, 17-13 March 2025) ingested into a
 * workspace whose scenario names three of its hosts: web-01 and web-02 of the retailer, db-01 of its hoster. Every
 * other alert concerns no modelled asset.
 */
class EventHistoryRepositoryTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-27T08:00:00Z");
    private static final Instant EARLIEST = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2025-12-31T00:00:00Z");
    private static final String SHOP = "minimal";
    private static final String HOSTER = "hoster";

    @TempDir
    Path folder;

    private Workspace workspace;
    private EventHistoryRepository history;

    @BeforeEach
    void aWorkspaceWithTheWazuhSampleIngested() throws Exception {
        Scenario scenario = TestScenario.minimal()
                .withOrganisation(HOSTER, OrganisationType.CLOUD_HOSTING, "Hoster")
                .withAsset("web-01", AssetKind.SERVER, TestScenario.RETAILER)
                .withAsset("web-02", AssetKind.SERVER, TestScenario.RETAILER)
                .withAsset("db-01", AssetKind.DATA_STORE, HOSTER)
                .withIdentifiers("web-01", "hostname", "web-01")
                .withIdentifiers("web-02", "hostname", "web-02")
                .withIdentifiers("db-01", "hostname", "db-01")
                .toScenario();
        workspace = Workspace.open(folder.resolve("w.db"));
        workspace.scenarios().save(scenario, RECEIVED);
        Path sample = folder.resolve("alerts.jsonl");
        try (InputStream in = getClass().getResourceAsStream("/feeds/wazuh/scenario-replay.jsonl")) {
            Files.write(sample, Objects.requireNonNull(in).readAllBytes());
        }
        new FileIngest(
                        workspace.events(),
                        new AssetMapper(List.of(scenario)),
                        Clock.fixed(RECEIVED, ZoneOffset.UTC),
                        16)
                .ingest(new WazuhAlertParser(), List.of(sample), IngestProgress.NONE, () -> false);
        history = workspace.eventHistory();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static Map<String, Long> perLane(List<LaneEvent> events) {
        return events.stream()
                .collect(Collectors.groupingBy(e -> Objects.toString(e.lane(), "unmapped"), Collectors.counting()));
    }

    @Test
    void eventsComeByAssetWithEventTimeAndReceivedTimeApart() {
        // when
        List<LaneEvent> events = history.events(SHOP, EARLIEST, LATEST, Lanes.ASSET, 1_000);

        // then every alert is there once, in its host's lane or the unmapped one
        assertThat(perLane(events))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("web-01", 12L, "web-02", 5L, "db-01", 8L, "unmapped", 84L - 25L));
        assertThat(events).extracting(LaneEvent::eventTime).isSorted();
        assertThat(events).allSatisfy(e -> {
            assertThat(e.receivedTime()).isEqualTo(RECEIVED);
            assertThat(e.eventTime()).isBefore(Instant.parse("2025-03-31T00:00:00Z"));
        });
        assertThat(events).filteredOn(e -> "db-01".equals(e.lane())).first().satisfies(e -> {
            assertThat(e.eventTime()).isEqualTo(Instant.parse("2025-03-17T01:30:12.331Z"));
            assertThat(e.summary()).contains("mariabackup");
        });
    }

    @Test
    void aRangeHoldsOnlyTheEventsWhoseEventTimeLiesInIt() {
        // given
        Instant from = Instant.parse("2025-03-17T00:00:00Z");
        Instant to = Instant.parse("2025-03-17T23:59:59Z");

        // when
        List<LaneEvent> events = history.events(SHOP, from, to, Lanes.ASSET, 1_000);

        // then
        assertThat(events)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.eventTime()).isBetween(from, to));
        assertThat(events.size())
                .isLessThan(history.events(SHOP, EARLIEST, LATEST, Lanes.ASSET, 1_000)
                        .size());
        assertThat(history.count(SHOP, from, to, 1_000)).isEqualTo(events.size());
    }

    @Test
    void byOrganisationTheEventsOfAnOwnersAssetsShareItsLane() {
        // when
        List<LaneEvent> events = history.events(SHOP, EARLIEST, LATEST, Lanes.ORGANISATION, 1_000);

        // then web-01 and web-02 are the retailer's, db-01 the hoster's
        assertThat(perLane(events))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(TestScenario.RETAILER, 17L, HOSTER, 8L, "unmapped", 84L - 25L));
    }

    @Test
    void aFullRangeComesAsBinsWhoseCountsAddUpToItsEvents() {
        // given a limit below the 84 events of the sample
        Duration hour = Duration.ofHours(1);

        // when
        var binned = history.history(SHOP, EARLIEST, LATEST, Lanes.ORGANISATION, 50, hour);
        var whole = history.history(SHOP, EARLIEST, LATEST, Lanes.ORGANISATION, 100, hour);

        // then
        assertThat(binned.binned()).isTrue();
        assertThat(binned.events()).isEmpty();
        List<LaneEvent> events = whole.events();
        assertThat(whole.binned()).isFalse();
        assertThat(binned.bins().stream().mapToLong(LaneBin::count).sum()).isEqualTo(events.size());
        for (LaneBin bin : binned.bins()) {
            List<LaneEvent> inBin = events.stream()
                    .filter(e -> Objects.equals(e.lane(), bin.lane()))
                    .filter(e -> !e.eventTime().isBefore(bin.start())
                            && e.eventTime().isBefore(bin.end()))
                    .toList();
            assertThat(bin.count()).as("bin %s", bin).isEqualTo(inBin.size());
            assertThat(bin.highest())
                    .isEqualTo(inBin.stream()
                            .map(LaneEvent::severity)
                            .max(Comparator.naturalOrder())
                            .orElseThrow());
            assertThat(Duration.between(bin.start(), bin.end())).isEqualTo(hour);
            assertThat(bin.start().getEpochSecond() % 3_600)
                    .as("aligned to the hour")
                    .isZero();
        }
    }

    @Test
    void theAssetsWithEventsInARangeAreNamedOnce() {
        assertThat(history.assetsWithEvents(SHOP, EARLIEST, LATEST)).containsExactly("db-01", "web-01", "web-02");
        assertThat(history.assetsWithEvents(SHOP, EARLIEST, Instant.parse("2025-03-01T00:00:00Z")))
                .isEmpty();
    }

    @Test
    void theExtentRunsFromTheFirstToTheLastEvent() {
        List<LaneEvent> events = history.events(SHOP, EARLIEST, LATEST, Lanes.ASSET, 1_000);

        assertThat(history.extent(SHOP))
                .hasValue(new EventHistoryRepository.Extent(
                        events.get(0).eventTime(), events.get(events.size() - 1).eventTime()));
        assertThat(history.extent("elsewhere"))
                .as("unmapped events belong to every scenario's timeline")
                .isPresent();
    }

    @Test
    void anIncidentSpansItsFirstToItsLastEventOverItsAssets() {
        // given an incident on two of db-01's alerts
        List<LaneEvent> db = history.events(SHOP, EARLIEST, LATEST, Lanes.ASSET, 1_000).stream()
                .filter(e -> "db-01".equals(e.lane()))
                .toList();
        LaneEvent first = db.get(0);
        LaneEvent last = db.get(db.size() - 1);
        workspace
                .incidents()
                .record(
                        new Detection(
                                "rule-1",
                                "Database trouble",
                                EventSeverity.HIGH,
                                "rule-1|db",
                                Map.of(),
                                List.of(first.eventId(), last.eventId()),
                                List.of(),
                                first.eventTime(),
                                last.eventTime()),
                        "incident-1",
                        RECEIVED,
                        "test");

        // when
        var spans = history.incidents(SHOP, EARLIEST, LATEST, 100);

        // then
        assertThat(spans).singleElement().satisfies(span -> {
            assertThat(span.firstEventTime()).isEqualTo(first.eventTime());
            assertThat(span.lastEventTime()).isEqualTo(last.eventTime());
            assertThat(span.assetIds()).containsExactly("db-01");
            assertThat(span.state()).isEqualTo(IncidentState.NEW);
        });
        assertThat(history.incidents(SHOP, EARLIEST, first.eventTime().minusSeconds(1), 100))
                .isEmpty();
        assertThat(history.incidents("elsewhere", EARLIEST, LATEST, 100)).isEmpty();
    }
}
