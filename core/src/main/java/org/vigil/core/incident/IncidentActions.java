package org.vigil.core.incident;

import java.time.Clock;
import java.util.Objects;
import org.vigil.core.model.Incident;
import org.vigil.core.model.IncidentState;
import org.vigil.core.store.IncidentRepository;

/**
 * What analysts do to an incident: move it through its lifecycle and write notes. Every change is
 * recorded with its time and author.
 */
public final class IncidentActions {

    /** Why an action was refused, for the caller to explain. */
    public static final class Refused extends RuntimeException {
        public enum Reason {
            NO_SUCH_INCIDENT,
            NOT_ALLOWED,
            CHANGED_MEANWHILE,
            EMPTY_NOTE
        }

        private final Reason reason;

        Refused(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    private final IncidentRepository incidents;
    private final Clock clock;
    private final IncidentListener listener;

    public IncidentActions(IncidentRepository incidents, Clock clock, IncidentListener listener) {
        this.incidents = Objects.requireNonNull(incidents, "incidents");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Moves the incident to {@code target}; refused if its lifecycle does not allow the move. */
    public void moveTo(String incidentId, IncidentState target, String author) {
        Incident incident = existing(incidentId);
        IncidentState current = incident.state();
        if (!current.canMoveTo(target)) {
            throw new Refused(
                    Refused.Reason.NOT_ALLOWED,
                    "incident " + incidentId + " cannot go from " + current + " to " + target);
        }
        if (!incidents.changeState(incidentId, current, target, clock.instant(), author)) {
            throw new Refused(
                    Refused.Reason.CHANGED_MEANWHILE, "incident " + incidentId + " was changed by someone else");
        }
        listener.changed(incidentId);
    }

    public void addNote(String incidentId, String text, String author) {
        if (text == null || text.isBlank()) {
            throw new Refused(Refused.Reason.EMPTY_NOTE, "a note needs some text");
        }
        existing(incidentId);
        incidents.addNote(incidentId, text.strip(), clock.instant(), author);
        listener.changed(incidentId);
    }

    private Incident existing(String incidentId) {
        return incidents
                .find(incidentId)
                .orElseThrow(() -> new Refused(Refused.Reason.NO_SUCH_INCIDENT, "no incident " + incidentId));
    }
}
