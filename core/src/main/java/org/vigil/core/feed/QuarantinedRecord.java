package org.vigil.core.feed;

import java.util.Objects;

/** A record that could not be read, kept with where it was and why, so nothing is silently lost. */
public record QuarantinedRecord(String source, long offset, FeedFormat format, String reason, String excerpt) {

    /** How much of a bad record is kept to show a person; the source still has all of it. */
    public static final int EXCERPT_CHARS = 200;

    public QuarantinedRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(reason, "reason");
        excerpt = excerpt == null ? "" : excerpt;
        if (excerpt.length() > EXCERPT_CHARS) {
            excerpt = excerpt.substring(0, EXCERPT_CHARS);
        }
    }
}
