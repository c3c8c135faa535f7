package org.vigil.core.ingest.follow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.ingest.EventPipeline;
import org.vigil.core.ingest.IngestCounts;
import org.vigil.core.ingest.RecordReader;
import org.vigil.core.store.EventRepository;

/**
 * Follows files and folders of a line format like {@code tail -F}: reads each line once it is complete and hands
 * it to an {@link EventPipeline}, which stores every batch in one transaction with how far each file was read.
 * So a restart resumes exactly there, neither reading a stored record again nor skipping one.
 *
 * <p>It polls instead of using a {@code WatchService}: watch events do not arrive on network file systems and some
 * container mounts, and they say nothing about which file a path names. Comparing each path's file identity
 * (file system key and first bytes) and size on every poll works on any file system and sees every rotation:
 * renamed and replaced, copied and truncated, deleted and created again.
 *
 * <p>Document formats (OCSF, STIX) cannot be followed: a JSON document, or an array that is still open, has no
 * point before its end where a record is known to be complete, and is not appended to in place. They are imported
 * whole.
 *
 * <p>One thread calls {@link #run()} or {@link #pollOnce()}; {@link #stop()} and {@link #stats()} may be called
 * from any thread.
 */
public final class FileFollower implements AutoCloseable {

    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(250);

    private static final int RECORDS_PER_STATS = 1_000;

    private final FollowedPaths paths;
    private final EventPipeline pipeline;
    private final StoredPositions positions;
    private final Duration pollInterval;
    private final Delivery delivery;
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private final Set<Path> everFollowed = new HashSet<>();

    private Map<Path, FollowedFile> followed = new TreeMap<>();
    private boolean started;
    private volatile boolean stopping;
    private long bytesRead;
    private long rotations;
    private long truncations;
    private int recordsSinceStats;
    private volatile FollowStats stats = FollowStats.NONE;

    /**
     * @param paths files and folders to follow; in a folder every regular file, also those that appear later
     * @param positions where the read positions are kept (the pipeline stores them there with each batch)
     */
    public FileFollower(
            List<Path> paths,
            FeedParser parser,
            EventPipeline pipeline,
            EventRepository positions,
            Duration pollInterval) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("nothing to follow");
        }
        if (!canFollow(parser.format())) {
            throw new IllegalArgumentException(parser.format().cliName()
                    + " files are JSON documents, not lines, and cannot be followed; import them whole instead");
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("the poll interval must be positive, not " + pollInterval);
        }
        this.paths = new FollowedPaths(paths);
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.positions = new StoredPositions(positions);
        this.pollInterval = pollInterval;
        this.delivery =
                new Delivery(new RecordReader(parser.format()), parser, pipeline, () -> stopping, this::recordHandedOn);
    }

    public FileFollower(List<Path> paths, FeedParser parser, EventPipeline pipeline, EventRepository positions) {
        this(paths, parser, pipeline, positions, DEFAULT_POLL_INTERVAL);
    }

    /** Whether files of this format can be followed: only line formats can. */
    public static boolean canFollow(FeedFormat format) {
        return format.framing() == FeedFormat.Framing.LINES;
    }

    /** Polls until {@link #stop()} (or an interrupt); what was read is stored before it returns. */
    public IngestCounts run() throws IOException {
        try {
            while (!stopping) {
                pollOnce();
                if (stopSignal.await(pollInterval.toNanos(), TimeUnit.NANOSECONDS)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the caller sees the interrupt; all read so far is stored
        }
        return pipeline.counts();
    }

    /** Ends {@link #run()} once the records in hand are stored; a read under way stops at its next 64 KiB. */
    public void stop() {
        stopping = true;
        stopSignal.countDown();
    }

    /**
     * One look at every followed path: notices new, rotated and truncated files, reads the complete lines written
     * since the last poll and stores them with the positions reached, so the store is at most one poll behind.
     */
    public void pollOnce() throws IOException {
        List<Path> files = paths.files(followed.keySet());
        if (!started) {
            positions.load(files);
            started = true;
        }
        followed = notice(files);
        everFollowed.addAll(followed.keySet());
        for (FollowedFile file : followed.values()) {
            if (stopping) {
                break;
            }
            bytesRead += file.readNewLines(delivery);
            publishStats();
        }
        pipeline.flush();
        publishStats();
    }

    /** Which file each path names now; files no longer at any followed path are read to their end and let go. */
    private Map<Path, FollowedFile> notice(List<Path> files) throws IOException {
        Map<Path, FollowedFile> left = new TreeMap<>(followed);
        Map<Path, FollowedFile> next = new TreeMap<>();
        List<FileSnapshot> fresh = new ArrayList<>();
        for (Path path : files) {
            Optional<FileSnapshot> snapshot = FileSnapshot.take(path);
            if (snapshot.isEmpty()) {
                continue;
            }
            FollowedFile file = left.get(path);
            if (file != null && keeps(file, snapshot.get())) {
                left.remove(path);
                next.put(path, file);
            } else {
                fresh.add(snapshot.get());
            }
        }
        for (FollowedFile file : left.values()) {
            Optional<FileSnapshot> renamed = renamedTo(file, fresh);
            if (renamed.isPresent()) {
                next.put(renamed.get().path(), file);
            } else {
                // Rotated away or deleted: what was written to it before that is still read, then it is let go.
                bytesRead += file.readNewLines(delivery);
                file.close();
            }
        }
        for (FileSnapshot snapshot : fresh) {
            Optional<FollowedFile> opened = FollowedFile.open(snapshot, positions.offsetFor(snapshot));
            if (opened.isPresent()) {
                rotations += everFollowed.contains(snapshot.path()) ? 1 : 0;
                next.put(snapshot.path(), opened.get());
            }
        }
        return next;
    }

    /** Whether the file followed at a path is still the one there (perhaps truncated), as opposed to replaced. */
    private boolean keeps(FollowedFile file, FileSnapshot now) throws IOException {
        switch (file.compareWith(now)) {
            case NONE -> file.seen(now);
            case TRUNCATED -> {
                truncations++;
                file.restartAtZero(now);
            }
            case REPLACED -> {
                return false;
            }
        }
        return true;
    }

    /** A followed file no longer at its path may have been renamed to another followed path (eve.json.1). */
    private Optional<FileSnapshot> renamedTo(FollowedFile file, List<FileSnapshot> fresh) throws IOException {
        for (Iterator<FileSnapshot> it = fresh.iterator(); it.hasNext(); ) {
            FileSnapshot candidate = it.next();
            if (candidate.isRenamed(file.identity()) && keeps(file, candidate)) {
                it.remove();
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private void recordHandedOn() {
        if (++recordsSinceStats >= RECORDS_PER_STATS) {
            publishStats();
        }
    }

    private void publishStats() {
        recordsSinceStats = 0;
        long lag = followed.values().stream().mapToLong(FollowedFile::unread).sum();
        stats = new FollowStats(followed.size(), bytesRead, rotations, truncations, lag, pipeline.counts());
    }

    /** The latest statistics, published after each file read and every thousand records. */
    public FollowStats stats() {
        return stats;
    }

    /** Lets go of the files. Call after {@link #run()} or the last {@link #pollOnce()} has returned. */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (FollowedFile file : followed.values()) {
            try {
                file.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        followed = new TreeMap<>();
        if (failure != null) {
            throw failure;
        }
    }
}
