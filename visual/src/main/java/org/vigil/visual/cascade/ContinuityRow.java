package org.vigil.visual.cascade;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One service with continuity targets as the Gantt chart draws it: disrupted from its onset until
 * its disruption ends (or past the horizon when empty), with the minutes its RTO and MTPD run out
 * and the breaches that happen.
 */
public record ContinuityRow(
        String assetId,
        double onsetMinute,
        OptionalDouble endMinute,
        double rtoDeadline,
        double mtpdDeadline,
        OptionalDouble rtoBreach,
        OptionalDouble mtpdBreach) {

    public ContinuityRow {
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(endMinute, "endMinute");
        Objects.requireNonNull(rtoBreach, "rtoBreach");
        Objects.requireNonNull(mtpdBreach, "mtpdBreach");
    }

    /** The first target breached, the RTO before the MTPD; empty if none is. */
    public OptionalDouble firstBreach() {
        return rtoBreach.isPresent() ? rtoBreach : mtpdBreach;
    }
}
