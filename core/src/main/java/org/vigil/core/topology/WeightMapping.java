package org.vigil.core.topology;

/**
 * What an edge's {@code weight} means. Files use weights for anything (capacity, length, cost), so
 * it is ignored unless the caller says which dependency parameter it gives.
 */
public enum WeightMapping {
    IGNORE,
    LIKELIHOOD,
    DELAY_MINUTES,
    MAX_IMPACT
}
