package org.vigil.core.cascade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;

/**
 * Which assets matter most for cascades, three ways. An asset's criticality weight w is its
 * criticality / 5, in (0, 1].
 *
 * <ul>
 *   <li>{@link #expectedImpacts Expected impact}: what the asset failing alone costs by a horizon,
 *       from one engine run per asset;
 *   <li>{@link #betweenness Risk-weighted betweenness}: how much of the most likely failure
 *       traffic from risky assets runs through it ({@link RiskWeightedBetweenness});
 *   <li>{@link #riskiestChains Riskiest chains}: the likeliest chains of dependencies ending at
 *       critical assets ({@link RiskiestChainSearch}).
 * </ul>
 *
 * Expected impact and betweenness cost a cascade or a shortest-path run per asset: seconds for
 * thousands of assets. Work per asset runs in parallel on the pool's threads and the calling
 * thread; results do not depend on the number of threads.
 */
public final class CriticalityAnalysis {

    /** Longest chain looked at by default. */
    public static final int DEFAULT_MAX_HOPS = 6;

    private final CascadeSettings settings;
    private final ForkJoinPool pool;
    private final boolean parallel;

    public CriticalityAnalysis() {
        this(CascadeSettings.DEFAULTS);
    }

    public CriticalityAnalysis(CascadeSettings settings) {
        this(settings, ForkJoinPool.commonPool());
    }

    public CriticalityAnalysis(CascadeSettings settings, ForkJoinPool pool) {
        this(settings, pool, true);
    }

    private CriticalityAnalysis(CascadeSettings settings, ForkJoinPool pool, boolean parallel) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.pool = Objects.requireNonNull(pool, "pool");
        this.parallel = parallel;
    }

    /** Everything on the calling thread. */
    public static CriticalityAnalysis sequential(CascadeSettings settings) {
        return new CriticalityAnalysis(settings, ForkJoinPool.commonPool(), false);
    }

    public CascadeSettings settings() {
        return settings;
    }

    /**
     * All three rankings: expected impact by horizon {@code horizon} of the settings, betweenness,
     * and the {@code k} riskiest chains of at most {@link #DEFAULT_MAX_HOPS} hops.
     */
    public CriticalityReport report(CascadeGraph graph, int horizon, int k) {
        return new CriticalityReport(
                settings.horizonMinutes().get(horizon),
                expectedImpacts(graph, horizon),
                betweenness(graph),
                riskiestChains(graph, k, DEFAULT_MAX_HOPS));
    }

    /**
     * Every asset's expected impact by horizon {@code horizon} (an index into the settings'
     * horizons), highest first, ties by id. For asset a failing alone at minute 0:
     *
     * <pre>
     *   E(a) = Σ over assets v hit by the horizon of P(v) · I(v, h) · w(v)
     * </pre>
     *
     * the engine's risk of v at the horizon (likelihood × impact, so delays and growth count)
     * weighted by v's criticality; a itself counts, with P = 1 and its failed level.
     */
    public List<AssetExpectedImpact> expectedImpacts(CascadeGraph graph, int horizon) {
        Objects.requireNonNull(graph, "graph");
        double minute = settings.horizonMinutes().get(horizon);
        TimePhasedCascade cascade = TimePhasedCascade.sequential(settings.withHorizons(minute));
        int n = graph.assetCount();
        double[] expected = new double[n];
        int[] hit = new int[n];
        ChunkedWork.run(pool, ChunkedWork.workers(pool, parallel, n), n, () -> null, (none, a) -> {
            CascadeResult r = cascade.propagate(graph, List.of(StartCondition.failed(graph.assetId(a), 0)));
            for (int v = 0; v < n; v++) {
                if (r.onsetMinute(v) <= minute) {
                    hit[a]++;
                    expected[a] += r.risk(v, 0) * HopLikelihoods.criticalityWeight(graph, v);
                }
            }
        });
        List<AssetExpectedImpact> ranked = new ArrayList<>(n);
        for (int a = 0; a < n; a++) {
            ranked.add(new AssetExpectedImpact(graph.assetId(a), expected[a], hit[a]));
        }
        ranked.sort(Comparator.comparingDouble(AssetExpectedImpact::expectedImpact)
                .reversed()
                .thenComparing(AssetExpectedImpact::assetId));
        return ranked;
    }

    /**
     * Every asset's risk-weighted betweenness, each source's failure risk taken as its
     * criticality weight; highest first, ties by id. See {@link RiskWeightedBetweenness} for what
     * is computed.
     */
    public List<AssetBetweenness> betweenness(CascadeGraph graph) {
        double[] risk = new double[graph.assetCount()];
        for (int a = 0; a < risk.length; a++) {
            risk[a] = HopLikelihoods.criticalityWeight(graph, a);
        }
        return betweenness(graph, risk);
    }

    /**
     * Risk-weighted betweenness with the given failure risk per source asset (for instance from
     * incidents or threat intelligence); assets the map does not name are no source.
     */
    public List<AssetBetweenness> betweenness(CascadeGraph graph, Map<String, Double> sourceRisk) {
        double[] risk = new double[graph.assetCount()];
        sourceRisk.forEach((id, r) -> {
            if (!(r >= 0 && r < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("a failure risk must be finite and >= 0: " + id + " " + r);
            }
            risk[graph.requireIndex(id)] = r;
        });
        return betweenness(graph, risk);
    }

    private List<AssetBetweenness> betweenness(CascadeGraph graph, double[] risk) {
        double[] values = new RiskWeightedBetweenness(graph).compute(risk, pool, parallel);
        List<AssetBetweenness> ranked = new ArrayList<>(values.length);
        for (int a = 0; a < values.length; a++) {
            ranked.add(new AssetBetweenness(graph.assetId(a), values[a]));
        }
        ranked.sort(Comparator.comparingDouble(AssetBetweenness::betweenness)
                .reversed()
                .thenComparing(AssetBetweenness::assetId));
        return ranked;
    }

    /**
     * The {@code k} riskiest simple chains of 1 to {@code maxHops} dependencies: highest
     * likelihood × end criticality weight first, ties by asset ids (see {@link
     * RiskiestChainSearch}).
     */
    public List<DependencyChain> riskiestChains(CascadeGraph graph, int k, int maxHops) {
        return new RiskiestChainSearch(Objects.requireNonNull(graph, "graph")).riskiest(k, maxHops);
    }
}
