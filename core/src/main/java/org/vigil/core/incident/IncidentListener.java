package org.vigil.core.incident;

/** Told when an incident was created or changed, so live views can refresh it. */
@FunctionalInterface
public interface IncidentListener {

    IncidentListener NONE = incidentId -> {};

    void changed(String incidentId);
}
