package org.vigil.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.feed.RawRecord;
import org.vigil.core.feed.suricata.SuricataEveParser;
import org.vigil.core.store.Workspace;

/** A file import stores on one thread and correlates on another: in order, bounded, failures reported. */
class PipelinedIngestTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    /** {@code lines} distinct Suricata alerts. */
    private Path eve(int lines) throws Exception {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            out.append(String.format(
                    "{\"timestamp\":\"2026-03-17T10:%02d:%02d.000000+0000\",\"event_type\":\"alert\","
                            + "\"src_ip\":\"203.0.113.9\",\"dest_ip\":\"10.0.1.%d\",\"proto\":\"TCP\","
                            + "\"alert\":{\"signature\":\"test %d\",\"severity\":2}}%n",
                    i / 60 % 60, i % 60, i % 250 + 1, i));
        }
        Path file = folder.resolve("eve.json");
        Files.writeString(file, out, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void everyBatchIsCorrelatedInOrderAndOnlyOnceItIsStored() throws Exception {
        Path eve = eve(1_000);
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            List<Instant> seen = new ArrayList<>();
            List<Long> storedWhenSeen = new ArrayList<>();
            List<Integer> seenSoFar = new ArrayList<>();
            EventCorrelation correlation = events -> {
                events.forEach(e -> seen.add(e.eventTime()));
                seenSoFar.add(seen.size());
                storedWhenSeen.add(workspace.events().eventCount());
            };

            IngestCounts counts = new FileIngest(workspace.events(), new AssetMapper(List.of()), correlation, CLOCK, 64)
                    .ingest(new SuricataEveParser(), List.of(eve), IngestProgress.NONE, () -> false);

            assertThat(counts.stored()).isEqualTo(1_000);
            assertThat(counts.addsUp()).isTrue();
            assertThat(seen).hasSize(1_000).isSorted();
            assertThat(seenSoFar).hasSizeGreaterThan(1);
            for (int i = 0; i < seenSoFar.size(); i++) {
                assertThat(storedWhenSeen.get(i)).isGreaterThanOrEqualTo(seenSoFar.get(i));
            }
        }
    }

    @Test
    void aCorrelationFailureIsThrownToTheImportAndLaterBatchesAreNotCorrelated() throws Exception {
        Path eve = eve(1_000);
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            AtomicInteger calls = new AtomicInteger();
            IllegalStateException broken = new IllegalStateException("rule engine broke");
            EventCorrelation correlation = events -> {
                calls.incrementAndGet();
                throw broken;
            };

            Throwable thrown = catchThrowable(
                    () -> new FileIngest(workspace.events(), new AssetMapper(List.of()), correlation, CLOCK, 64)
                            .ingest(new SuricataEveParser(), List.of(eve), IngestProgress.NONE, () -> false));

            assertThat(thrown).isSameAs(broken);
            assertThat(calls.get()).isEqualTo(1);
            // what was stored before the failure stays stored
            assertThat(workspace.events().eventCount()).isGreaterThanOrEqualTo(64);
        }
    }

    @Test
    void aStageWithNoRoomHoldsBackWhoHandsItWork() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> done = new ArrayList<>();
        try (Worker<Integer> worker = new Worker<>("test-worker", 1, item -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (done) {
                done.add(item);
            }
        })) {
            worker.submit(1); // worked on
            worker.submit(2); // waits
            CountDownLatch third = new CountDownLatch(1);
            Thread feeder = new Thread(() -> {
                worker.submit(3);
                third.countDown();
            });
            feeder.start();

            assertThat(third.await(200, TimeUnit.MILLISECONDS))
                    .as("third item accepted")
                    .isFalse();
            release.countDown();
            assertThat(third.await(10, TimeUnit.SECONDS)).isTrue();
            worker.awaitDone();
            assertThat(done).containsExactly(1, 2, 3);
        }
    }

    @Test
    void aSlowSourceHasItsBatchStoredWithinTheDelay() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            List<String> lines = Files.readAllLines(eve(3));
            EventPipeline pipeline = new EventPipeline(
                    workspace.events(),
                    new AssetMapper(List.of()),
                    EventCorrelation.NONE,
                    Clock.systemUTC(),
                    10_000,
                    IngestProgress.NONE);
            SuricataEveParser parser = new SuricataEveParser();

            pipeline.record(parser, new RawRecord("eve.json", 0, lines.get(0)));
            assertThat(workspace.events().eventCount()).isZero();
            Thread.sleep(EventPipeline.MAX_BATCH_DELAY.toMillis() + 50);
            pipeline.record(parser, new RawRecord("eve.json", 100, lines.get(1)));

            assertThat(workspace.events().eventCount()).isEqualTo(2);
        }
    }
}
