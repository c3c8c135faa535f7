package org.vigil.core.ingest.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.ingest.follow.FollowFixture.append;
import static org.vigil.core.ingest.follow.FollowFixture.follower;
import static org.vigil.core.ingest.follow.FollowFixture.truncateAndWrite;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.ingest.IngestCounts;
import org.vigil.core.store.Workspace;

/** Rotation, truncation and restarts: nothing is lost and nothing is read twice. */
class FileFollowerRotationTest {

    @TempDir
    Path dir;

    private FollowFixture sample;
    private Path logs;
    private Path eve;
    private Path rotated;

    @BeforeEach
    void setUp() throws Exception {
        sample = new FollowFixture();
        logs = Files.createDirectories(dir.resolve("logs"));
        eve = logs.resolve("eve.json");
        rotated = logs.resolve("eve.json.1");
    }

    private Workspace workspace() throws Exception {
        return Workspace.open(dir.resolve("w.db"));
    }

    @Test
    void aFileRotatedByRenameIsReadToItsEndAndTheNewFileFromTheStart() throws Exception {
        append(eve, sample.lines(0, 4));
        try (Workspace workspace = workspace();
                FileFollower follower = follower(workspace, eve)) {
            follower.pollOnce();

            append(eve, sample.lines(4, 6)); // written just before the rotation, not polled yet
            Files.move(eve, rotated);
            append(eve, sample.lines(6, 9));
            follower.pollOnce();

            assertThat(workspace.events().eventCount()).isEqualTo(9);
            assertThat(follower.stats().events()).isEqualTo(new IngestCounts(9, 9, 0, 0, 9, 0));
            assertThat(follower.stats().rotations()).isEqualTo(1);
            assertThat(follower.stats().filesFollowed()).isEqualTo(1);
        }
    }

    @Test
    void aFileRotatedWithinAFollowedFolderIsNotReadAgainUnderItsNewName() throws Exception {
        append(eve, sample.lines(0, 4));
        try (Workspace workspace = workspace();
                FileFollower follower = follower(workspace, logs)) {
            follower.pollOnce();

            append(eve, sample.lines(4, 6));
            Files.move(eve, rotated);
            append(eve, sample.lines(6, 9));
            follower.pollOnce();

            assertThat(follower.stats().events()).isEqualTo(new IngestCounts(9, 9, 0, 0, 9, 0));
            assertThat(follower.stats().filesFollowed()).isEqualTo(2);
            assertThat(follower.stats().rotations()).isEqualTo(1);
        }
    }

    @Test
    void aFileDeletedAndCreatedAgainIsReadFromTheStart() throws Exception {
        append(eve, sample.lines(0, 4));
        try (Workspace workspace = workspace();
                FileFollower follower = follower(workspace, eve)) {
            follower.pollOnce();
            Files.delete(eve);
            follower.pollOnce();
            int followedWhileGone = follower.stats().filesFollowed();

            append(eve, sample.lines(4, 6));
            follower.pollOnce();

            assertThat(followedWhileGone).isZero();
            assertThat(follower.stats().events()).isEqualTo(new IngestCounts(6, 6, 0, 0, 6, 0));
            assertThat(follower.stats().rotations()).isEqualTo(1);
        }
    }

    @Test
    void aCopyTruncatedFileIsReadAgainFromTheStart() throws Exception {
        append(eve, sample.lines(0, 5));
        try (Workspace workspace = workspace();
                FileFollower follower = follower(workspace, eve)) {
            follower.pollOnce();

            Files.copy(eve, dir.resolve("eve.json.1"));
            truncateAndWrite(eve, sample.lines(5, 7)); // shorter than what was read
            follower.pollOnce();

            assertThat(follower.stats().events()).isEqualTo(new IngestCounts(7, 7, 0, 0, 7, 0));
            assertThat(follower.stats().truncations()).isEqualTo(1);
            assertThat(follower.stats().rotations()).isZero();
        }
    }

    @Test
    void aTruncatedFileWrittenPastTheOldPositionBeforeThePollIsStillReadFromTheStart() throws Exception {
        append(eve, sample.lines(0, 2));
        try (Workspace workspace = workspace();
                FileFollower follower = follower(workspace, eve)) {
            follower.pollOnce();

            truncateAndWrite(eve, sample.lines(5, 13)); // longer than what was read: told apart by its first bytes
            follower.pollOnce();

            assertThat(follower.stats().events()).isEqualTo(new IngestCounts(10, 10, 0, 0, 10, 0));
            assertThat(follower.stats().truncations()).isEqualTo(1);
        }
    }

    @Test
    void aRestartResumesAtTheStoredPositionNeitherReReadingNorSkipping() throws Exception {
        String sixth = sample.eve.get(5);
        append(eve, sample.lines(0, 5) + sixth.substring(0, 100));
        try (Workspace workspace = workspace()) {
            try (FileFollower before = follower(workspace, eve)) {
                before.pollOnce();
            }
            append(eve, sixth.substring(100) + "\n" + sample.lines(6, 8));

            try (FileFollower after = follower(workspace, eve)) {
                after.pollOnce();

                assertThat(after.stats().events()).isEqualTo(new IngestCounts(3, 3, 0, 0, 3, 0));
                assertThat(workspace.events().eventCount()).isEqualTo(8);
            }
        }
    }

    @Test
    void aFileRotatedWhileStoppedIsReadFromTheStart() throws Exception {
        append(eve, sample.lines(0, 5));
        try (Workspace workspace = workspace()) {
            try (FileFollower before = follower(workspace, eve)) {
                before.pollOnce();
            }
            Files.move(eve, rotated);
            append(eve, sample.lines(5, 13)); // longer than the stored position: only its identity tells

            try (FileFollower after = follower(workspace, eve)) {
                after.pollOnce();

                assertThat(after.stats().events()).isEqualTo(new IngestCounts(8, 8, 0, 0, 8, 0));
                assertThat(workspace.events().eventCount()).isEqualTo(13);
            }
        }
    }

    @Test
    void aFileRenamedWhileStoppedInAFollowedFolderResumesUnderItsNewName() throws Exception {
        append(eve, sample.lines(0, 5));
        try (Workspace workspace = workspace()) {
            try (FileFollower before = follower(workspace, logs)) {
                before.pollOnce();
            }
            append(eve, sample.lines(5, 7)); // written after Vigil stopped, before the rotation
            Files.move(eve, rotated);
            append(eve, sample.lines(7, 13));

            try (FileFollower after = follower(workspace, logs)) {
                after.pollOnce();

                assertThat(after.stats().events()).isEqualTo(new IngestCounts(8, 8, 0, 0, 8, 0));
                assertThat(workspace.events().eventCount()).isEqualTo(13);
            }
        }
    }
}
