package org.vigil.core.cascade;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Why an asset is hit: a chain of dependencies from a start asset to it, with the minute each hop
 * arrives along this chain and the chain's likelihood (the product of its hops' factors).
 */
public record ExplanationPath(String startAssetId, double startMinute, List<Hop> hops, double likelihood) {
    public ExplanationPath {
        Objects.requireNonNull(startAssetId, "startAssetId");
        hops = List.copyOf(hops);
    }

    /** The assets along the path, from the start asset to the explained one. */
    public List<String> assetIds() {
        List<String> ids = new ArrayList<>(hops.size() + 1);
        ids.add(startAssetId);
        hops.forEach(h -> ids.add(h.toId()));
        return ids;
    }

    /** When the impact arrives at the explained asset along this path. */
    public double arrivalMinute() {
        return hops.isEmpty() ? startMinute : hops.get(hops.size() - 1).arrivalMinute();
    }
}
