package org.vigil.core.ingest.follow;

import java.util.Optional;

/**
 * What tells a file apart from the one that replaced it at the same path: the file system's key (device and
 * inode on Unix) and a hash of the file's first bytes. Neither is enough alone: Windows gives no key, and the
 * first bytes of two files can agree while one of them is still short.
 *
 * @param fileKey the file system's key as text, or empty where the file system has none
 * @param sampledBytes how many of the first bytes were hashed: all the file had, up to {@link #SAMPLE_BYTES}
 * @param sampleHash SHA-256 of those bytes, in hex
 */
record FileIdentity(String fileKey, int sampledBytes, String sampleHash) {

    /** Enough to take in the first lines of a log, which carry their own times and so differ between files. */
    static final int SAMPLE_BYTES = 4096;

    /** As kept in a read position: {@code sampledBytes:sampleHash:fileKey}, the key last as it may hold colons. */
    String asText() {
        return sampledBytes + ":" + sampleHash + ":" + fileKey;
    }

    /** An identity kept in a read position, or empty if the text is not one (then the file is read from 0). */
    static Optional<FileIdentity> parse(String text) {
        String[] parts = text.split(":", 3);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            int sampled = Integer.parseInt(parts[0]);
            return sampled < 0 || sampled > SAMPLE_BYTES
                    ? Optional.empty()
                    : Optional.of(new FileIdentity(parts[2], sampled, parts[1]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean hasKey() {
        return !fileKey.isEmpty();
    }
}
