package org.vigil.core.model;

/**
 * Continuity targets of a business asset: recovery time objective and maximum tolerable period of
 * disruption, in minutes.
 */
public record ContinuityTargets(int rtoMinutes, int mtpdMinutes) {
    public ContinuityTargets {
        if (rtoMinutes <= 0 || mtpdMinutes <= 0 || rtoMinutes > mtpdMinutes) {
            throw new IllegalArgumentException("need 0 < RTO <= MTPD, got " + rtoMinutes + " and " + mtpdMinutes);
        }
    }
}
