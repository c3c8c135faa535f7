package org.vigil.visual.cascade;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A chain of dependencies a failure follows, first asset to last: how likely it passes all the
 * way, its risk (likelihood × the end asset's criticality / 5) and, for a chain from the start set,
 * when the impact arrives at its end.
 */
public record ChainRow(List<String> assetIds, double likelihood, double risk, OptionalDouble arrivalMinute) {

    public ChainRow {
        assetIds = List.copyOf(assetIds);
        Objects.requireNonNull(arrivalMinute, "arrivalMinute");
    }
}
