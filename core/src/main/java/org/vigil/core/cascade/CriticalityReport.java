package org.vigil.core.cascade;

import java.util.List;

/**
 * Which assets matter most, three ways (see {@link CriticalityAnalysis}): expected impact of each
 * failing alone by {@code horizonMinute} and risk-weighted betweenness, every asset highest first
 * (ties by id), and the riskiest dependency chains.
 */
public record CriticalityReport(
        double horizonMinute,
        List<AssetExpectedImpact> expectedImpacts,
        List<AssetBetweenness> betweenness,
        List<DependencyChain> riskiestChains) {
    public CriticalityReport {
        expectedImpacts = List.copyOf(expectedImpacts);
        betweenness = List.copyOf(betweenness);
        riskiestChains = List.copyOf(riskiestChains);
    }
}
