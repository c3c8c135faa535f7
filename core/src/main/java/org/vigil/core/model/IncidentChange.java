package org.vigil.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of an incident's audit trail: what changed, when and by whom. {@code detail} is
 * machine-readable so views can translate it: the new state's name, the number of events added, or
 * the note's number.
 */
public record IncidentChange(Instant changedAt, String author, Kind kind, String detail) {

    public enum Kind {
        CREATED,
        EVENTS_ADDED,
        STATE_CHANGED,
        NOTE_ADDED
    }

    public IncidentChange {
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }
}
