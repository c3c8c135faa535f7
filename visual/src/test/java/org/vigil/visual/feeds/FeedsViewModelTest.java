package org.vigil.visual.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.suricata.SuricataEveParser;
import org.vigil.core.ingest.EventCorrelation;
import org.vigil.core.ingest.IngestCounts;
import org.vigil.core.store.Workspace;
import org.vigil.visual.Fixtures;
import org.vigil.visual.task.ImmediateBackground;

class FeedsViewModelTest {

    @TempDir
    Path dir;

    private FeedsViewModel feeds(Workspace workspace) {
        return new FeedsViewModel(
                workspace,
                Map.of(FeedFormat.SURICATA_EVE, new SuricataEveParser()),
                () -> EventCorrelation.NONE,
                List.of(),
                Clock.systemUTC(),
                new ImmediateBackground(),
                Runnable::run);
    }

    private Path eve() throws IOException {
        Path file = dir.resolve("eve.json");
        try (InputStream in = FeedsViewModelTest.class.getResourceAsStream("/eve.json")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void aNewWorkspaceShowsEmptyTotalsAndTheFormatsOnOffer() throws Exception {
        try (Workspace workspace = Fixtures.workspaceWithSmallShop(dir)) {
            FeedsViewModel model = feeds(workspace);

            model.refresh();

            assertThat(model.totalsProperty().get()).isEqualTo(new FeedsViewModel.Totals(0, 0, 0, 0));
            assertThat(model.formats()).containsExactly(FeedFormat.SURICATA_EVE);
            assertThat(model.formatProperty().get()).isEqualTo(FeedFormat.SURICATA_EVE);
            assertThat(model.importingProperty().get()).isFalse();
        }
    }

    @Test
    void importingAFileUpdatesTotalsQuarantineAndTheLastImport() throws Exception {
        Path eve = eve();
        Files.writeString(eve, Files.readString(eve) + "{\"event_type\": \"alert\"}\n");
        long lines = Files.readAllLines(eve).stream().filter(l -> !l.isBlank()).count();
        try (Workspace workspace = Fixtures.workspaceWithSmallShop(dir)) {
            FeedsViewModel model = feeds(workspace);

            model.importFiles(List.of(eve));

            IngestCounts last = model.lastImportProperty().get();
            assertThat(last.read()).isEqualTo(lines);
            assertThat(last.quarantined()).isEqualTo(1);
            assertThat(last.addsUp()).isTrue();
            assertThat(model.totalsProperty().get().events()).isEqualTo(lines - 1);
            assertThat(model.quarantined()).singleElement().satisfies(q -> {
                assertThat(q.source()).isEqualTo(eve.toString());
                assertThat(q.reason()).contains("timestamp");
            });
            assertThat(model.importingProperty().get()).isFalse();
            assertThat(model.fractionProperty().get()).isEqualTo(1.0);
        }
    }

    @Test
    void aFailedImportIsReportedAndTheTotalsStayTrue() throws Exception {
        try (Workspace workspace = Fixtures.workspaceWithSmallShop(dir)) {
            FeedsViewModel model = feeds(workspace);

            model.importFiles(List.of(dir.resolve("missing.json")));

            assertThat(model.failureProperty().get()).isNotBlank();
            assertThat(model.importingProperty().get()).isFalse();
            assertThat(model.totalsProperty().get().events()).isZero();
        }
    }
}
