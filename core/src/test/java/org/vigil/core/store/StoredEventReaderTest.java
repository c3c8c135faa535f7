package org.vigil.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.TestScenario;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.wazuh.WazuhAlertParser;
import org.vigil.core.ingest.AssetMapper;
import org.vigil.core.ingest.FileIngest;
import org.vigil.core.ingest.IngestProgress;
import org.vigil.core.model.AssetKind;
import org.vigil.core.model.Scenario;

/**
 * A look back at a stream reads the stored events whole: on a real Wazuh sample ingested into a
 * workspace whose scenario names one host, every event concerning it comes back as it was parsed,
 * raw record and all, oldest first.
 */
class StoredEventReaderTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-27T08:00:00Z");

    @TempDir
    Path folder;

    private Workspace workspace;
    private Scenario scenario;

    @BeforeEach
    void aWorkspaceWithTheWazuhSampleIngested() throws Exception {
        scenario = TestScenario.minimal()
                .withAsset("web-01", AssetKind.SERVER, TestScenario.RETAILER)
                .withIdentifiers("web-01", "hostname", "web-01")
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
    }

    @AfterEach
    void close() throws Exception {
        workspace.close();
    }

    @Test
    void everyStoredEventOfTheScenarioComesBackWholeOldestFirst() throws Exception {
        // given the events the timeline lists on the scenario's assets (not those of no asset)
        Set<String> listed = workspace
                .eventHistory()
                .events(scenario.id(), Instant.EPOCH, RECEIVED, EventHistoryRepository.Lanes.ASSET, 10_000)
                .stream()
                .filter(event -> event.lane() != null)
                .map(EventHistoryRepository.LaneEvent::eventId)
                .collect(Collectors.toSet());

        // when they are read back whole
        List<Event> read = new ArrayList<>();
        workspace.storedEvents().read(scenario.id(), Instant.EPOCH, RECEIVED, read::add);

        // then the same events, oldest first, each with its record, entities, assets and times as stored
        assertThat(read).extracting(Event::id).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(listed);
        assertThat(read).extracting(Event::eventTime).isSorted();
        ObjectMapper json = new ObjectMapper();
        assertThat(read).allSatisfy(event -> {
            assertThat(json.readTree(event.raw()).path("rule").path("level").isNumber())
                    .isTrue();
            assertThat(event.assetIds()).contains(scenario.id() + "/web-01");
            assertThat(event.receivedTime()).isEqualTo(RECEIVED);
            assertThat(event.entities())
                    .anySatisfy(entity -> assertThat(entity.type()).isEqualTo(EntityType.HOST));
        });
        assertThat(workspace.storedEvents().withRecords()).isTrue();
    }

    @Test
    void anotherScenarioOrAnEmptyRangeReadsNothing() {
        List<Event> read = new ArrayList<>();

        workspace.storedEvents().read("no-such-scenario", Instant.EPOCH, RECEIVED, read::add);
        workspace.storedEvents().read(scenario.id(), RECEIVED, RECEIVED.plusSeconds(60), read::add);

        assertThat(read).isEmpty();
    }
}
