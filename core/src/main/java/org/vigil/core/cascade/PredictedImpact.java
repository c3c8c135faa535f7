package org.vigil.core.cascade;

import java.util.Objects;

/**
 * An asset a root-cause candidate says is hit and that has not been observed: when (on the
 * observations' clock) and how likely, by the engine's onset and likelihood from the candidate.
 */
public record PredictedImpact(String assetId, double onsetMinute, double likelihood) {
    public PredictedImpact {
        Objects.requireNonNull(assetId, "assetId");
    }
}
