package org.vigil.core.cascade;

/**
 * The observation model behind a {@link RootCauseDiagnosis}'s scores.
 *
 * @param background the chance that an asset shows an incident for a reason other than the root
 *     cause (noise, an unrelated fault): an observation a candidate cannot explain costs log of it
 * @param detectionRate the chance that an asset hit by now has already shown an incident: an
 *     unobserved asset a candidate says is hit by now with likelihood P costs log(1 − rate × P).
 *     Kept low, as many assets are not watched and incidents lag, so a missed prediction counts
 *     far less than an unexplained observation
 * @param meanDetectionLagMinutes the mean of the (exponential) lag between an asset being hit and
 *     its incident being seen, for observations with times
 * @param maxPredictions at most this many predicted and overdue assets are listed per candidate
 */
public record DiagnosisSettings(
        double background, double detectionRate, double meanDetectionLagMinutes, int maxPredictions) {

    /** Background 1 %, detection 10 %, mean lag 30 min, 20 predictions. */
    public static final DiagnosisSettings DEFAULTS = new DiagnosisSettings(0.01, 0.1, 30, 20);

    public DiagnosisSettings {
        if (!(background > 0 && background < 1)) {
            throw new IllegalArgumentException("background must lie in (0, 1): " + background);
        }
        if (!(detectionRate >= 0 && detectionRate < 1)) {
            throw new IllegalArgumentException("detection rate must lie in [0, 1): " + detectionRate);
        }
        if (!(meanDetectionLagMinutes > 0 && meanDetectionLagMinutes < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("mean detection lag must be > 0: " + meanDetectionLagMinutes);
        }
        if (maxPredictions < 0) {
            throw new IllegalArgumentException("max predictions must be >= 0: " + maxPredictions);
        }
    }

    public DiagnosisSettings withMaxPredictions(int count) {
        return new DiagnosisSettings(background, detectionRate, meanDetectionLagMinutes, count);
    }
}
