package org.vigil.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.RawRecord;
import org.vigil.core.feed.suricata.SuricataEveParser;
import org.vigil.core.feed.wazuh.WazuhAlertParser;
import org.vigil.core.feed.zeek.ZeekJsonParser;
import org.vigil.core.ingest.AssetMapper;
import org.vigil.core.ingest.FileIngest;
import org.vigil.core.ingest.IngestProgress;
import org.vigil.core.model.Detection;
import org.vigil.core.model.IncidentChange;
import org.vigil.core.model.IncidentState;
import org.vigil.core.store.ActivityRepository.IncidentActivity;
import org.vigil.core.store.ActivityRepository.IncidentCount;
import org.vigil.core.store.ActivityRepository.SourceActivity;

/** The dashboard's questions to a real workspace file fed with real sample files and real incidents. */
class ActivityRepositoryTest {

    // Quarantined records are stamped with the machine's clock, so "now" is close to it.
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @TempDir
    Path folder;

    private Workspace workspace;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(folder.resolve("w.db"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Path sample(String resource) throws IOException {
        Path file = folder.resolve(Path.of(resource).getFileName());
        try (InputStream in = ActivityRepositoryTest.class.getResourceAsStream("/feeds/" + resource)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    /** Ingests the file as if it were read {@code ago} before now. */
    private void ingest(FeedParser parser, Path file, Duration ago) throws IOException {
        Clock clock = Clock.fixed(NOW.minus(ago), ZoneOffset.UTC);
        new FileIngest(workspace.events(), new AssetMapper(List.of()), clock, 4)
                .ingest(parser, List.of(file), IngestProgress.NONE, () -> false);
    }

    private static long lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count();
    }

    private static SourceActivity of(List<SourceActivity> sources, Path file) {
        return sources.stream()
                .filter(s -> s.source().equals(file.toString()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void eachSourcesEventsAreCountedInTheWindowsTheyWereReceivedInAndAddUp() throws Exception {
        // given Suricata read 30 minutes ago, Zeek 2 minutes ago and Wazuh 3 hours ago
        Path eve = sample("suricata/eve.json");
        Path zeek = sample("zeek/zeek.json");
        Path wazuh = sample("wazuh/alerts.json");
        ingest(new SuricataEveParser(), eve, Duration.ofMinutes(30));
        ingest(new ZeekJsonParser(), zeek, Duration.ofMinutes(2));
        ingest(new WazuhAlertParser(), wazuh, Duration.ofHours(3));

        // when
        List<SourceActivity> sources = workspace.activity().sources(NOW);

        // then
        assertThat(sources)
                .extracting(SourceActivity::source)
                .containsExactlyInAnyOrder(eve.toString(), zeek.toString(), wazuh.toString());
        assertThat(of(sources, eve))
                .extracting(SourceActivity::format, SourceActivity::eventsShortWindow, SourceActivity::eventsLongWindow)
                .containsExactly(FeedFormat.SURICATA_EVE, 0L, lines(eve));
        assertThat(of(sources, zeek))
                .extracting(SourceActivity::eventsShortWindow, SourceActivity::eventsLongWindow)
                .containsExactly(lines(zeek), lines(zeek));
        assertThat(of(sources, wazuh))
                .extracting(SourceActivity::eventsShortWindow, SourceActivity::eventsLongWindow)
                .containsExactly(0L, 0L);
        assertThat(of(sources, zeek).shortRatePerMinute()).isEqualTo(lines(zeek) / 5.0);
        assertThat(of(sources, eve).longRatePerMinute()).isEqualTo(lines(eve) / 60.0);
        assertThat(of(sources, wazuh).lastReceived()).hasValue(NOW.minus(Duration.ofHours(3)));
        // every event stored is in the last hour of its source or before it
        long inLastHour =
                sources.stream().mapToLong(SourceActivity::eventsLongWindow).sum();
        assertThat(inLastHour + lines(wazuh)).isEqualTo(workspace.events().eventCount());
    }

    @Test
    void lagIsTheMedianAndNinetyFifthPercentileOfReceivedMinusEventTime() throws Exception {
        // given Suricata's sample read 30 minutes ago
        Path eve = sample("suricata/eve.json");
        ingest(new SuricataEveParser(), eve, Duration.ofMinutes(30));
        Instant received = NOW.minus(Duration.ofMinutes(30));
        long[] lags = Files.readAllLines(eve).stream()
                .filter(l -> !l.isBlank())
                .map(l -> new SuricataEveParser().parse(new RawRecord("x", 0, l), received))
                .flatMap(o -> ((ParseOutcome.Parsed) o).events().stream())
                .mapToLong(e -> Duration.between(e.eventTime(), received).toNanos())
                .sorted()
                .toArray();

        // when
        SourceActivity activity = of(workspace.activity().sources(NOW), eve);

        // then (nearest rank over the sample's events)
        assertThat(activity.lagSampleSize()).isEqualTo(lags.length);
        assertThat(activity.medianLag()).hasValue(Duration.ofNanos(lags[(int) Math.ceil(lags.length * 0.5) - 1]));
        assertThat(activity.p95Lag()).hasValue(Duration.ofNanos(lags[(int) Math.ceil(lags.length * 0.95) - 1]));
        assertThat(activity.p95Lag().get())
                .isGreaterThanOrEqualTo(activity.medianLag().get());
    }

    @Test
    void quarantinedRecordsAreCountedPerSourceWithTheLatestReason() throws Exception {
        // given a file of one good line and two bad ones, the good one already read from another file
        Path eve = sample("suricata/eve.json");
        ingest(new SuricataEveParser(), eve, Duration.ofMinutes(10));
        Path mixed = folder.resolve("mixed.json");
        String broken = "{\"timestamp\": \"yesterday\", \"event_type\": \"alert\"}";
        Files.writeString(
                mixed,
                Files.readAllLines(eve).get(0) + "\n" + broken + "\n\u0000\u0001garbage\n",
                StandardCharsets.UTF_8);
        ingest(new SuricataEveParser(), mixed, Duration.ofMinutes(1));
        String lastReason = workspace.events().quarantined(10).stream()
                .filter(q -> q.source().equals(mixed.toString()))
                .reduce((first, second) -> second.offset() > first.offset() ? second : first)
                .orElseThrow()
                .reason();

        // when
        List<SourceActivity> sources = workspace.activity().sources(NOW);

        // then the mixed file shows as a source with no events of its own and two quarantined records
        SourceActivity activity = of(sources, mixed);
        assertThat(activity.format()).isEqualTo(FeedFormat.SURICATA_EVE);
        assertThat(activity.eventsLongWindow()).isZero();
        assertThat(activity.lastReceived()).isEmpty();
        assertThat(activity.medianLag()).isEmpty();
        assertThat(activity.quarantined()).isEqualTo(2);
        assertThat(activity.quarantinedLongWindow()).isEqualTo(2);
        assertThat(activity.latestQuarantineReason()).hasValue(lastReason);
        assertThat(of(sources, eve).quarantined()).isZero();
        assertThat(sources.stream().mapToLong(SourceActivity::quarantined).sum())
                .isEqualTo(workspace.events().quarantineCount());
    }

    private static Event event(String id, String asset, EventSeverity severity) {
        Instant time = Instant.parse("2026-03-17T10:15:02Z");
        return new Event(
                id,
                time,
                time,
                "eve.json",
                FeedFormat.SURICATA_EVE,
                EventCategory.INTRUSION,
                severity,
                "alert " + id,
                List.of(),
                List.of(),
                List.of(asset),
                "{}");
    }

    private String incident(String id, String asset, EventSeverity severity, Instant at) {
        workspace.events().write(List.of(event("e-" + id, asset, severity)), List.of(), List.of());
        Instant time = Instant.parse("2026-03-17T10:15:02Z");
        workspace
                .incidents()
                .record(
                        new Detection(
                                "rule-" + id,
                                "Incident " + id,
                                severity,
                                "group-" + id,
                                Map.of(),
                                List.of("e-" + id),
                                List.of(),
                                time,
                                time),
                        id,
                        at,
                        "vigil");
        return id;
    }

    @Test
    void incidentsAreCountedBySeverityAndStateInAScenarioOrAll() {
        // given two incidents in the shop, one resolved, and one in the bank
        incident("a", "shop/web", EventSeverity.HIGH, NOW);
        incident("b", "shop/db", EventSeverity.HIGH, NOW);
        incident("c", "bank/hsm", EventSeverity.CRITICAL, NOW);
        workspace.incidents().changeState("b", IncidentState.NEW, IncidentState.RESOLVED, NOW, "ana");

        // when / then
        assertThat(workspace.activity().incidentCounts(Optional.of("shop")))
                .containsExactlyInAnyOrder(
                        new IncidentCount(EventSeverity.HIGH, IncidentState.NEW, 1),
                        new IncidentCount(EventSeverity.HIGH, IncidentState.RESOLVED, 1));
        assertThat(workspace.activity().incidentCounts(Optional.empty()))
                .extracting(IncidentCount::count)
                .containsOnly(1L)
                .hasSize(3);
    }

    @Test
    void whatChangedListsExactlyTheIncidentsRaisedAndMovedWithinTheHourNewestFirst() {
        // given one incident raised two hours ago and moved 50 minutes ago, one raised 20 minutes ago
        incident("old", "shop/web", EventSeverity.HIGH, NOW.minus(Duration.ofHours(2)));
        workspace
                .incidents()
                .changeState(
                        "old", IncidentState.NEW, IncidentState.ACKNOWLEDGED, NOW.minus(Duration.ofMinutes(50)), "ana");
        incident("fresh", "shop/db", EventSeverity.CRITICAL, NOW.minus(Duration.ofMinutes(20)));
        workspace.incidents().addNote("fresh", "looking", NOW.minus(Duration.ofMinutes(10)), "rui");
        incident("bank", "bank/hsm", EventSeverity.LOW, NOW.minus(Duration.ofMinutes(5)));

        // when
        List<IncidentActivity> shop =
                workspace.activity().incidentChanges(NOW.minus(Duration.ofHours(1)), NOW, Optional.of("shop"), 50);

        // then notes and the raising two hours ago are left out; the bank's incident is another scenario's
        assertThat(shop)
                .extracting(
                        IncidentActivity::incidentId,
                        IncidentActivity::kind,
                        IncidentActivity::author,
                        IncidentActivity::state)
                .containsExactly(
                        tuple("fresh", IncidentChange.Kind.CREATED, "vigil", Optional.empty()),
                        tuple(
                                "old",
                                IncidentChange.Kind.STATE_CHANGED,
                                "ana",
                                Optional.of(IncidentState.ACKNOWLEDGED)));
        assertThat(shop.get(0).at()).isEqualTo(NOW.minus(Duration.ofMinutes(20)));
        assertThat(workspace.activity().incidentChanges(NOW.minus(Duration.ofHours(1)), NOW, Optional.empty(), 50))
                .extracting(IncidentActivity::incidentId)
                .containsExactly("bank", "fresh", "old");
    }

    @Test
    void percentilesTakeTheNearestRank() {
        long[] micros = {1_000_000, 2_000_000, 3_000_000, 4_000_000};
        assertThat(ActivityRepository.percentile(micros, 50)).isEqualTo(Duration.ofSeconds(2));
        assertThat(ActivityRepository.percentile(micros, 95)).isEqualTo(Duration.ofSeconds(4));
        assertThat(ActivityRepository.percentile(new long[] {-1_500_000}, 50)).isEqualTo(Duration.ofMillis(-1500));
    }
}
