package org.vigil.core.ingest.follow;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.feed.RawRecord;
import org.vigil.core.feed.ReadPosition;
import org.vigil.core.ingest.RecordReader;

/**
 * One file being followed: held open, so that after a rotation by rename what was written to it before the
 * rotation can still be read; which file it is; and how far it has been read.
 */
final class FollowedFile implements Closeable {

    /** What became of the file at a followed path since the last poll. */
    enum Change {
        /** The same file, perhaps grown. */
        NONE,
        /** The same file, emptied (copytruncate) and perhaps written again: read it from the start. */
        TRUNCATED,
        /** Another file (rotation, or deleted and created again): finish the old one, start the new one at 0. */
        REPLACED
    }

    private final FileChannel channel;
    private String source;
    private FileIdentity identity;
    private long offset;
    private long size;

    private FollowedFile(FileChannel channel, FileSnapshot snapshot, long offset) {
        this.channel = channel;
        this.source = snapshot.path().toString();
        this.identity = snapshot.identity();
        this.offset = offset;
        this.size = snapshot.size();
    }

    /**
     * Opens the file a snapshot saw, to be read from {@code offset}; empty if it is gone already (the next poll
     * looks again). Should the path be replaced between the snapshot and the opening, the next poll sees a new
     * identity and reads the newcomer from 0: a few events may then be read twice (and stored once).
     */
    static Optional<FollowedFile> open(FileSnapshot snapshot, long offset) throws IOException {
        try {
            return Optional.of(
                    new FollowedFile(FileChannel.open(snapshot.path(), StandardOpenOption.READ), snapshot, offset));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    Change compareWith(FileSnapshot now) throws IOException {
        if (now.keyDiffers(identity)) {
            return Change.REPLACED;
        }
        boolean grown = now.startsLike(identity) && now.size() >= offset;
        if (now.keyMatches(identity)) {
            return grown ? Change.NONE : Change.TRUNCATED;
        }
        if (grown) {
            return Change.NONE;
        }
        // Without a file key the open file tells: shrunk below what was read, it is the same file truncated.
        return channel.size() < offset ? Change.TRUNCATED : Change.REPLACED;
    }

    /** The file as the latest poll saw it: its sample of first bytes may have grown, or it may be renamed. */
    void seen(FileSnapshot now) {
        source = now.path().toString();
        identity = now.identity();
        size = now.size();
    }

    void restartAtZero(FileSnapshot now) {
        seen(now);
        offset = 0;
    }

    /**
     * Reads the complete lines written since the last read and hands them on. Each record goes to the pipeline
     * with the position just past its line, so the batch that stores a record stores how far the file was read.
     *
     * @return the bytes read
     */
    long readNewLines(Delivery delivery) throws IOException {
        long end = channel.size();
        size = end;
        long start = offset;
        if (end <= start) {
            return 0;
        }
        long next = delivery.reader()
                .readCompleteLines(source, new ChannelSlice(channel, start, end), start, new Lines(delivery));
        offset = next;
        if (next > start) {
            delivery.pipeline().reached(position());
        }
        return next - start;
    }

    FileIdentity identity() {
        return identity;
    }

    /** Bytes written to the file and not read yet, as of the last poll: including a line still being written. */
    long unread() {
        return Math.max(0, size - offset);
    }

    private ReadPosition position() {
        return new ReadPosition(source, identity.asText(), offset);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Moves the position past each line before its record joins the batch, which may be stored at once. */
    private final class Lines implements RecordReader.LineSink {
        private final Delivery delivery;

        Lines(Delivery delivery) {
            this.delivery = delivery;
        }

        @Override
        public void record(RawRecord record, long lineEnd) {
            offset = lineEnd;
            delivery.pipeline().reached(position());
            delivery.pipeline().record(delivery.parser(), record);
            delivery.recordHandedOn().run();
        }

        @Override
        public void unreadable(QuarantinedRecord quarantined, long lineEnd) {
            offset = lineEnd;
            delivery.pipeline().reached(position());
            delivery.pipeline().unreadable(quarantined);
            delivery.recordHandedOn().run();
        }

        @Override
        public boolean cancelled() {
            return delivery.stopping().getAsBoolean();
        }
    }
}
