package org.vigil.core.cascade;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An asset that shows an incident, for a root-cause diagnosis, with the minute it was first seen
 * if known (on any clock shared by the observations, e.g. minutes after a reference time).
 */
public record Observation(String assetId, OptionalDouble minute) {
    public Observation {
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(minute, "minute");
        if (minute.isPresent() && !Double.isFinite(minute.getAsDouble())) {
            throw new IllegalArgumentException("an observation's minute must be finite: " + minute);
        }
    }

    /** Seen, at an unknown time. */
    public static Observation of(String assetId) {
        return new Observation(assetId, OptionalDouble.empty());
    }

    /** First seen at {@code minute}. */
    public static Observation at(String assetId, double minute) {
        return new Observation(assetId, OptionalDouble.of(minute));
    }
}
