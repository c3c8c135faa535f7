package org.vigil.core.cascade;

import java.util.List;

/**
 * A chain of dependencies a failure may follow, from its first asset to its last: how likely it
 * passes all the way ({@code likelihood}), the end asset's criticality, and the chain's risk:
 * likelihood × the end's criticality weight (criticality / 5).
 */
public record DependencyChain(List<String> assetIds, double likelihood, int endCriticality, double risk) {
    public DependencyChain {
        assetIds = List.copyOf(assetIds);
        if (assetIds.size() < 2) {
            throw new IllegalArgumentException("a chain has at least one dependency: " + assetIds);
        }
    }
}
