package org.vigil.core.ingest.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.core.ingest.follow.FollowFixture.append;
import static org.vigil.core.ingest.follow.FollowFixture.bytes;
import static org.vigil.core.ingest.follow.FollowFixture.follower;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.feed.ocsf.OcsfEventParser;
import org.vigil.core.ingest.AssetMapper;
import org.vigil.core.ingest.EventCorrelation;
import org.vigil.core.ingest.EventPipeline;
import org.vigil.core.ingest.IngestCounts;
import org.vigil.core.ingest.IngestProgress;
import org.vigil.core.store.Workspace;

/** Following files as they grow: appended lines, partial lines, bad lines, new files, stopping. */
class FileFollowerTest {

    @TempDir
    Path dir;

    private FollowFixture sample;
    private Path logs;
    private Path eve;

    @BeforeEach
    void setUp() throws Exception {
        sample = new FollowFixture();
        logs = Files.createDirectories(dir.resolve("logs"));
        eve = logs.resolve("eve.json");
    }

    @Test
    void linesAppendedBetweenPollsAreStoredAtTheNextPoll() throws Exception {
        append(eve, sample.lines(0, 5));
        try (Workspace workspace = Workspace.open(dir.resolve("w.db"));
                FileFollower follower = follower(workspace, eve)) {
            follower.pollOnce();
            long afterFirst = workspace.events().eventCount();

            append(eve, sample.lines(5, 8));
            follower.pollOnce();

            assertThat(afterFirst).isEqualTo(5);
            assertThat(workspace.events().eventCount()).isEqualTo(8);
            assertThat(follower.stats().events()).isEqualTo(new IngestCounts(8, 8, 0, 0, 8, 0));
            assertThat(follower.stats().bytesRead()).isEqualTo(bytes(sample.lines(0, 8)));
            assertThat(follower.stats().lagBytes()).isZero();
        }
    }

    @Test
    void aLineIsStoredOnlyOnceItsNewlineHasArrived() throws Exception {
        String third = sample.eve.get(2);
        String firstHalf = third.substring(0, third.length() / 2);
        append(eve, sample.lines(0, 2) + firstHalf);
        try (Workspace workspace = Workspace.open(dir.resolve("w.db"));
                FileFollower follower = follower(workspace, eve)) {
            follower.pollOnce();
            long beforeNewline = workspace.events().eventCount();
            long lagBeforeNewline = follower.stats().lagBytes();

            append(eve, third.substring(third.length() / 2) + "\n");
            follower.pollOnce();

            assertThat(beforeNewline).isEqualTo(2);
            assertThat(lagBeforeNewline).isEqualTo(bytes(firstHalf));
            assertThat(workspace.events().eventCount()).isEqualTo(3);
            assertThat(follower.stats().events()).isEqualTo(new IngestCounts(3, 3, 0, 0, 3, 0));
        }
    }

    @Test
    void aMalformedLineIsQuarantinedWithItsOffsetAndTheNextLineIsStored() throws Exception {
        String broken = "{\"timestamp\": \"yesterday\", \"event_type\": \"alert\"}";
        append(eve, sample.lines(0, 1) + broken + "\n" + sample.lines(1, 2));
        try (Workspace workspace = Workspace.open(dir.resolve("w.db"));
                FileFollower follower = follower(workspace, eve)) {
            follower.pollOnce();

            assertThat(follower.stats().events()).isEqualTo(new IngestCounts(3, 2, 0, 1, 2, 0));
            assertThat(workspace.events().quarantined(10))
                    .singleElement()
                    .satisfies(q -> {
                        assertThat(q.source()).isEqualTo(eve.toString());
                        assertThat(q.offset()).isEqualTo(bytes(sample.lines(0, 1)));
                        assertThat(q.reason()).contains("timestamp");
                    })
                    .extracting(QuarantinedRecord::excerpt)
                    .isEqualTo(broken);
        }
    }

    @Test
    void aFileThatAppearsInAFollowedFolderIsFollowedToo() throws Exception {
        append(eve, sample.lines(0, 3));
        try (Workspace workspace = Workspace.open(dir.resolve("w.db"));
                FileFollower follower = follower(workspace, logs)) {
            follower.pollOnce();

            append(logs.resolve("wazuh-bridge.json"), sample.lines(3, 6));
            follower.pollOnce();

            assertThat(workspace.events().eventCount()).isEqualTo(6);
            assertThat(follower.stats().filesFollowed()).isEqualTo(2);
            assertThat(follower.stats().events().addsUp()).isTrue();
        }
    }

    @Test
    void stopEndsRunningWithEverythingReadStored() throws Exception {
        append(eve, sample.lines(0, 5));
        try (Workspace workspace = Workspace.open(dir.resolve("w.db"));
                FileFollower follower = follower(workspace, Duration.ofMillis(10), eve)) {
            Thread running = new Thread(() -> {
                try {
                    follower.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            running.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (follower.stats().events().stored() < 5 && System.nanoTime() < deadline) {
                Thread.sleep(10); // waits for the condition; the test does not depend on how long
            }

            follower.stop();
            running.join(Duration.ofSeconds(20).toMillis());

            assertThat(running.isAlive()).isFalse();
            assertThat(workspace.events().eventCount()).isEqualTo(5);
        }
    }

    @Test
    void documentFormatsAreRefusedWithAReason() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("w.db"))) {
            EventPipeline pipeline = new EventPipeline(
                    workspace.events(),
                    new AssetMapper(List.of()),
                    EventCorrelation.NONE,
                    Clock.systemUTC(),
                    10,
                    IngestProgress.NONE);

            assertThatThrownBy(
                            () -> new FileFollower(List.of(eve), new OcsfEventParser(), pipeline, workspace.events()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ocsf")
                    .hasMessageContaining("cannot be followed");
        }
    }
}
