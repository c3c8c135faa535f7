package org.vigil.core.ingest.follow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.vigil.core.feed.suricata.SuricataEveParser;
import org.vigil.core.ingest.AssetMapper;
import org.vigil.core.ingest.EventCorrelation;
import org.vigil.core.ingest.EventPipeline;
import org.vigil.core.ingest.IngestProgress;
import org.vigil.core.store.Workspace;

/** Real Suricata lines written to real files, followed into a real workspace. */
final class FollowFixture {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);

    /** Small, so that batches are stored in the middle of a read too. */
    private static final int BATCH = 4;

    /** The 13 lines of the Suricata sample, each a different event. */
    final List<String> eve;

    FollowFixture() throws IOException {
        try (InputStream in = FollowFixture.class.getResourceAsStream("/feeds/suricata/eve.json")) {
            eve = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
        }
    }

    /** Sample lines {@code from} (inclusive) to {@code to} (exclusive), each with its newline. */
    String lines(int from, int to) {
        StringBuilder text = new StringBuilder();
        eve.subList(from, to).forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Empties the file in place, as logrotate's copytruncate does, and writes {@code text} into it. */
    static void truncateAndWrite(Path file, String text) throws IOException {
        Files.writeString(
                file, text, StandardCharsets.UTF_8, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    static long bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    static FileFollower follower(Workspace workspace, Path... paths) {
        return follower(workspace, FileFollower.DEFAULT_POLL_INTERVAL, paths);
    }

    static FileFollower follower(Workspace workspace, Duration pollInterval, Path... paths) {
        EventPipeline pipeline = new EventPipeline(
                workspace.events(),
                new AssetMapper(List.of()),
                EventCorrelation.NONE,
                CLOCK,
                BATCH,
                IngestProgress.NONE);
        return new FileFollower(List.of(paths), new SuricataEveParser(), pipeline, workspace.events(), pollInterval);
    }
}
