package org.vigil.core.cascade;

import java.util.List;
import java.util.Objects;

/**
 * An asset whose failure may explain the observed incidents, as a {@link RootCauseDiagnosis}
 * scores it.
 *
 * @param score the log-likelihood of the observations if this asset alone failed at {@code
 *     failureMinute}: higher is better, 0 is a perfect fit
 * @param posterior the candidate's share of the likelihood over all candidates: its posterior
 *     probability if exactly one of them failed and each was as likely to beforehand
 * @param failureMinute when it most likely failed, on the observations' clock (minutes before
 *     "now" = 0 when no observation has a time)
 * @param explained the observed assets its failure explains (in the order they were given)
 * @param unexplained the observed assets it cannot explain, or not in time
 * @param overdue unobserved assets it says are hit by now, earliest first: worth checking
 * @param predictions unobserved assets it says will be hit after now, earliest first
 */
public record RootCauseCandidate(
        String assetId,
        double score,
        double posterior,
        double failureMinute,
        List<String> explained,
        List<String> unexplained,
        List<PredictedImpact> overdue,
        List<PredictedImpact> predictions) {
    public RootCauseCandidate {
        Objects.requireNonNull(assetId, "assetId");
        explained = List.copyOf(explained);
        unexplained = List.copyOf(unexplained);
        overdue = List.copyOf(overdue);
        predictions = List.copyOf(predictions);
    }
}
