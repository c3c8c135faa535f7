package org.vigil.core.anomaly;

/**
 * One feature's part in an anomaly score, for the analyst reading why a point stood out.
 *
 * @param feature what the detector looked at, e.g. {@code value}, {@code change}, {@code value[t-3]},
 *     {@code time-of-week}, {@code sequence}
 * @param share its part of the score, 0 to 1; the shares of a result add up to at most 1
 */
public record Contribution(String feature, double share) {}
