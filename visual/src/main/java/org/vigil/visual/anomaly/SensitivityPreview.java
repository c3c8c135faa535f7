package org.vigil.visual.anomaly;

/**
 * What a threshold would have done to the stream looked back at.
 *
 * @param threshold the threshold on the slider
 * @param wouldFire how many points would have fired at it
 * @param firesNow how many fire at the stream's threshold in use
 */
public record SensitivityPreview(double threshold, int wouldFire, int firesNow) {}
