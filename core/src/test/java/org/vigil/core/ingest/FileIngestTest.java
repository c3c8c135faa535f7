package org.vigil.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.feed.suricata.SuricataEveParser;
import org.vigil.core.model.Scenario;
import org.vigil.core.store.Workspace;

/** Whole imports of real sample files into a real workspace file. */
class FileIngestTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Path sample(String resource, String name) throws IOException {
        Path file = folder.resolve(name);
        try (InputStream in = FileIngestTest.class.getResourceAsStream("/feeds/" + resource)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private FileIngest ingest(Workspace workspace, List<Scenario> scenarios) {
        return new FileIngest(workspace.events(), new AssetMapper(scenarios), CLOCK, 4);
    }

    @Test
    void importingTheSameFileTwiceStoresEveryEventOnceAndTheCountsAddUp() throws Exception {
        Path eve = sample("suricata/eve.json", "eve.json");
        long lines = Files.readAllLines(eve).stream().filter(l -> !l.isBlank()).count();
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            FileIngest ingest = ingest(workspace, List.of());

            IngestCounts first = ingest.ingest(new SuricataEveParser(), List.of(eve), IngestProgress.NONE, () -> false);
            IngestCounts second =
                    ingest.ingest(new SuricataEveParser(), List.of(eve), IngestProgress.NONE, () -> false);

            assertThat(first.read()).isEqualTo(lines);
            assertThat(first.stored()).isEqualTo(lines);
            assertThat(first.addsUp()).isTrue();
            assertThat(second.stored()).isZero();
            assertThat(second.duplicates()).isEqualTo(lines);
            assertThat(second.addsUp()).isTrue();
            assertThat(workspace.events().eventCount()).isEqualTo(lines);
            assertThat(first.unmapped()).isEqualTo(lines);
        }
    }

    @Test
    void badLinesAreQuarantinedWithOffsetAndReasonAndTheRestIsStored() throws Exception {
        Path eve = sample("suricata/eve.json", "eve.json");
        String good = Files.readAllLines(eve).get(0);
        Path mixed = folder.resolve("mixed.json");
        String broken = "{\"timestamp\": \"yesterday\", \"event_type\": \"alert\"}";
        Files.writeString(mixed, good + "\n" + broken + "\n\u0000\u0001garbage\n", StandardCharsets.UTF_8);
        List<QuarantinedRecord> seen = new ArrayList<>();
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            IngestProgress progress = new IngestProgress() {
                @Override
                public void update(long bytesDone, long bytesTotal, IngestCounts counts) {}

                @Override
                public void quarantined(QuarantinedRecord record) {
                    seen.add(record);
                }
            };

            IngestCounts counts =
                    ingest(workspace, List.of()).ingest(new SuricataEveParser(), List.of(mixed), progress, () -> false);

            assertThat(counts).isEqualTo(new IngestCounts(3, 1, 0, 2, 1, 0));
            assertThat(seen)
                    .extracting(QuarantinedRecord::offset)
                    .containsExactly(
                            (long) good.getBytes(StandardCharsets.UTF_8).length + 1,
                            (long) good.getBytes(StandardCharsets.UTF_8).length + 1 + broken.length() + 1);
            assertThat(seen).allSatisfy(q -> assertThat(q.reason()).isNotBlank());
            assertThat(workspace.events().quarantined(10)).hasSize(2);
        }
    }

    @Test
    void aCancelledImportStopsWithWhatItReadStoredWhole() throws Exception {
        Path eve = sample("suricata/eve.json", "eve.json");
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            IngestCounts counts = ingest(workspace, List.of())
                    .ingest(new SuricataEveParser(), List.of(eve), IngestProgress.NONE, () -> true);

            assertThat(counts.addsUp()).isTrue();
            assertThat(workspace.events().eventCount()).isEqualTo(counts.stored());
        }
    }
}
