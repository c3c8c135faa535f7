package org.vigil.app.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.FeedParsers;
import org.vigil.app.RuleBook;
import org.vigil.content.PilotRulePacks;
import org.vigil.core.anomaly.AnomalyListener;
import org.vigil.core.correlate.CorrelatorConfig;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.incident.IncidentListener;
import org.vigil.core.store.Workspace;

/** The workstation's followed files: what is there and what is appended is stored, once, across restarts. */
class FollowSourceTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private LivePipelines pipelines;
    private Path eve;
    private List<String> lines;

    @BeforeEach
    void aWorkspaceAndALogBeingWritten() throws Exception {
        workspace = Workspace.open(dir.resolve("w.db"));
        RuleBook ruleBook = new RuleBook(new PilotRulePacks().texts(), CorrelatorConfig.defaults());
        pipelines = new LivePipelines(
                workspace,
                ruleBook,
                ruleBook.load(List.of()),
                Clock.systemUTC(),
                IncidentListener.NONE,
                AnomalyListener.NONE);
        try (InputStream in = FollowSourceTest.class.getResourceAsStream("/feeds/eve.json")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
        eve = dir.resolve("eve.json");
        Files.write(eve, lines.subList(0, 5));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static void waitUntil(LongSupplier value, long wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (value.getAsLong() < wanted && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void whatIsThereAndWhatIsAppendedIsStoredAndARestartReadsOnlyWhatIsNew() throws Exception {
        // given
        FollowSource follow = new FollowSource(pipelines, FeedParsers.all());
        follow.startFollowing(List.of(eve), FeedFormat.SURICATA_EVE);
        assertThat(follow.following()).isPresent();

        // when lines are appended while it follows
        Files.write(eve, lines.subList(5, 9), StandardOpenOption.APPEND);
        waitUntil(() -> follow.followStats().events().read(), 9);
        follow.stopFollowing();

        // then
        assertThat(follow.following()).isEmpty();
        assertThat(follow.followStats().events().stored()).isEqualTo(9);
        assertThat(workspace.events().eventCount()).isEqualTo(9);

        // when the workstation starts again and the log has grown meanwhile
        Files.write(eve, lines.subList(9, lines.size()), StandardOpenOption.APPEND);
        FollowSource again = new FollowSource(pipelines, FeedParsers.all());
        again.startFollowing(List.of(eve), FeedFormat.SURICATA_EVE);
        again.stopFollowing();

        // then only the new lines were read
        assertThat(again.followStats().events().read()).isEqualTo(lines.size() - 9);
        assertThat(again.followStats().events().duplicates()).isZero();
        assertThat(workspace.events().eventCount()).isEqualTo(lines.size());
    }

    @Test
    void documentFormatsAndMissingPathsAreRefusedWithAReason() {
        FollowSource follow = new FollowSource(pipelines, FeedParsers.all());

        assertThat(follow.formats()).contains(FeedFormat.SURICATA_EVE).doesNotContain(FeedFormat.STIX);
        assertThatThrownBy(() -> follow.startFollowing(List.of(eve), FeedFormat.STIX))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not one record per line");
        assertThatThrownBy(() -> follow.startFollowing(List.of(dir.resolve("nowhere")), FeedFormat.SURICATA_EVE))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("nowhere");
        assertThat(follow.following()).isEmpty();
    }
}
