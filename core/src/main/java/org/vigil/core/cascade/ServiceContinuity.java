package org.vigil.core.cascade;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How a run treats one asset with continuity targets (a business service or process) that it hits.
 *
 * @param onsetMinute when the disruption starts: the asset's onset
 * @param disruptionEndMinute when it ends: the asset recovers (restores, switches), or a manual
 *     fallback whose residual level is tolerable takes over; empty if it outlasts the run
 * @param rtoBreachMinute onset + RTO, if the disruption lasts beyond it
 * @param mtpdBreachMinute onset + MTPD, if the disruption lasts beyond it
 * @param loss output lost up to the last horizon: output per day / 1440 × ∫ impact dt; empty where
 *     the asset's output per day is unknown
 * @param affectedOrganisations who depends on it and is hit through it, by notify-by time
 */
public record ServiceContinuity(
        String assetId,
        double onsetMinute,
        OptionalDouble disruptionEndMinute,
        OptionalDouble rtoBreachMinute,
        OptionalDouble mtpdBreachMinute,
        OptionalDouble loss,
        List<AffectedOrganisation> affectedOrganisations) {

    public ServiceContinuity {
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(disruptionEndMinute, "disruptionEndMinute");
        Objects.requireNonNull(rtoBreachMinute, "rtoBreachMinute");
        Objects.requireNonNull(mtpdBreachMinute, "mtpdBreachMinute");
        Objects.requireNonNull(loss, "loss");
        affectedOrganisations = List.copyOf(affectedOrganisations);
    }

    /** The first target breached: the RTO, as it comes before the MTPD; empty if none is. */
    public OptionalDouble firstBreachMinute() {
        return rtoBreachMinute.isPresent() ? rtoBreachMinute : mtpdBreachMinute;
    }
}
