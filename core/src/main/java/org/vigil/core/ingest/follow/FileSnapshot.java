package org.vigil.core.ingest.follow;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/** A followed path as it is at one poll: which file it names, how long that file is and how it starts. */
final class FileSnapshot {

    private final Path path;
    private final String fileKey;
    private final long size;
    private final byte[] head;

    private FileSnapshot(Path path, String fileKey, long size, byte[] head) {
        this.path = path;
        this.fileKey = fileKey;
        this.size = size;
        this.head = head;
    }

    /** The regular file at {@code path} now, or empty if there is none (rotated away, or not created yet). */
    static Optional<FileSnapshot> take(Path path) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            byte[] head;
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
                head = readHead(channel);
            }
            Object key = attributes.fileKey();
            return Optional.of(new FileSnapshot(
                    path, key == null ? "" : key.toString(), Math.max(attributes.size(), head.length), head));
        } catch (NoSuchFileException e) {
            return Optional.empty(); // gone between listing and looking: the next poll sees what replaced it
        }
    }

    private static byte[] readHead(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(FileIdentity.SAMPLE_BYTES);
        while (buffer.hasRemaining() && channel.read(buffer) > 0) {
            // a file being written may hand its first bytes over in pieces
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    Path path() {
        return path;
    }

    long size() {
        return size;
    }

    FileIdentity identity() {
        return new FileIdentity(fileKey, head.length, sha256(head.length));
    }

    /** Whether the file system's keys prove this is not the file {@code known} was taken from. */
    boolean keyDiffers(FileIdentity known) {
        return !fileKey.isEmpty() && known.hasKey() && !fileKey.equals(known.fileKey());
    }

    /** Whether the file system's keys prove this is the file {@code known} was taken from. */
    boolean keyMatches(FileIdentity known) {
        return !fileKey.isEmpty() && fileKey.equals(known.fileKey());
    }

    /** Whether this file starts with the bytes {@code known} was sampled from. */
    boolean startsLike(FileIdentity known) {
        return head.length >= known.sampledBytes()
                && sha256(known.sampledBytes()).equals(known.sampleHash());
    }

    /** Whether this may be the file {@code known} was taken from, grown since: nothing tells them apart. */
    boolean mayBe(FileIdentity known) {
        return !keyDiffers(known) && startsLike(known);
    }

    /**
     * Whether this is, with some confidence, the file {@code known} was taken from under another name: the same
     * key or, without keys, the same non-empty start (every empty file starts like every other).
     */
    boolean isRenamed(FileIdentity known) {
        return keyMatches(known) || (!keyDiffers(known) && known.sampledBytes() > 0 && startsLike(known));
    }

    private String sha256(int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(head, 0, length);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
