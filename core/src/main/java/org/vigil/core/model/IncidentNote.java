package org.vigil.core.model;

import java.time.Instant;
import java.util.Objects;

/** An analyst's note on an incident. */
public record IncidentNote(Instant writtenAt, String author, String text) {
    public IncidentNote {
        Objects.requireNonNull(writtenAt, "writtenAt");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
    }
}
