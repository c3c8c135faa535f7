package org.vigil.core.feed;

import java.util.Objects;

/**
 * How far a followed source has been read and stored.
 *
 * @param source the source as the user named it (a file, or a file inside a followed folder)
 * @param fileIdentity what tells this file apart from the one that replaced it after a rotation
 * @param offset the byte offset of the first record not yet stored
 */
public record ReadPosition(String source, String fileIdentity, long offset) {
    public ReadPosition {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fileIdentity, "fileIdentity");
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset " + offset);
        }
    }
}
