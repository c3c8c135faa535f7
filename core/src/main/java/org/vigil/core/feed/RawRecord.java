package org.vigil.core.feed;

import java.util.Objects;

/**
 * One record cut from a source: a line, or one JSON value of a document. {@code offset} is where
 * it starts in the source (byte offset for files), so a bad record can be found again.
 */
public record RawRecord(String source, long offset, String text) {
    public RawRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }
}
