package org.vigil.bench.cascade;

import java.util.Random;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.CascadeGraphBuilder;
import org.vigil.core.model.ImpactGrowth;
import org.vigil.core.model.Layer;

/**
 * A large dependency model of the shape real ones have, generated from a seed straight into a
 * {@link CascadeGraphBuilder} (no records): five tiers, bottom up sites and power (physical),
 * network, servers and platforms, applications (cyber), and business processes and staff. Most
 * dependencies run from a tier to the one above it; some skip tiers, some stay in their tier, and a
 * few run back down (staff operate the plant), so the graph has cycles across layers.
 *
 * <p>Every asset's suppliers are distinct (and never itself); how many it has is Poisson around the
 * average, at most {@link #MAX_SUPPLIERS}. Suppliers are drawn with a heavy skew inside their tier,
 * so a few assets (core switches, main feeds) supply a large share: out-degrees are heavy-tailed,
 * scale-free-ish. The hubs are spread over a tier's indexes, as an import would leave them.
 *
 * <p>About {@link #GROUPED_SHARE} of the assets with two or more suppliers have redundancy: two
 * (sometimes three) of their dependencies form a group. Likelihoods, delays (longer towards the
 * business tier), growth curves and maximum impacts are random; every dependency can pass
 * something on (likelihood and maximum impact above 0), so the shortest-path peer sees the same
 * edges the engine does.
 */
final class GeneratedModel {

    /** The redundancy group name; groups are per target, so one name serves them all. */
    static final String GROUP = "redundant-supply";

    static final double GROUPED_SHARE = 0.15;
    static final int MAX_SUPPLIERS = 64;

    /** Share of the assets in each tier, bottom up. */
    private static final double[] TIER_SHARE = {0.01, 0.04, 0.15, 0.30, 0.50};

    private static final Layer[] TIER_LAYER = {Layer.PHYSICAL, Layer.CYBER, Layer.CYBER, Layer.CYBER, Layer.BUSINESS};

    /** Mean delay in minutes of a dependency into each tier. */
    private static final double[] MEAN_DELAY = {5, 2, 10, 30, 120};

    /** Assets per organisation (each asset's owner is drawn at random). */
    private static final int ASSETS_PER_ORGANISATION = 1_000;

    /** A prime larger than any tier: rank × it modulo the tier's size spreads hubs over the tier. */
    private static final long SPREAD = 2_147_483_647L;

    private static final int TOP = TIER_SHARE.length - 1;

    private final Random random;
    private final int[] tierStart;

    private GeneratedModel(int assets, long seed) {
        random = new Random(seed);
        tierStart = new int[TIER_SHARE.length + 1];
        double share = 0;
        for (int t = 0; t < TIER_SHARE.length; t++) {
            tierStart[t] = (int) Math.round(share * assets);
            share += TIER_SHARE[t];
        }
        tierStart[TIER_SHARE.length] = assets;
    }

    /**
     * The model: {@code assets} assets and exactly {@code dependencies} dependencies, the same for
     * the same seed.
     */
    static CascadeGraph generate(int assets, int dependencies, long seed) {
        if (assets < CascadeBenchOptions.MIN_ASSETS) {
            throw new IllegalArgumentException(
                    "need at least " + CascadeBenchOptions.MIN_ASSETS + " assets: " + assets);
        }
        int maxSuppliers = Math.min(MAX_SUPPLIERS, assets / 2);
        if (dependencies < 0 || (long) dependencies > (long) assets * maxSuppliers / 2) {
            throw new IllegalArgumentException(
                    "cannot give " + assets + " assets " + dependencies + " distinct suppliers between them");
        }
        return new GeneratedModel(assets, seed).build(assets, dependencies, maxSuppliers);
    }

    private CascadeGraph build(int assets, int dependencies, int maxSuppliers) {
        CascadeGraphBuilder builder = CascadeGraph.builder();
        int organisations = Math.max(1, assets / ASSETS_PER_ORGANISATION);
        for (int o = 0; o < organisations; o++) {
            builder.addOrganisation("org-" + o);
        }
        for (int t = 0; t < TIER_SHARE.length; t++) {
            for (int a = tierStart[t]; a < tierStart[t + 1]; a++) {
                // In the top tier one asset in five is staff rather than a business process.
                Layer layer = t == TOP && a % 5 == 0 ? Layer.HUMAN : TIER_LAYER[t];
                builder.addAsset("a" + a, layer, random.nextInt(organisations), 1 + random.nextInt(5));
            }
        }

        int[] suppliers = new int[assets];
        for (int i = 0; i < dependencies; i++) {
            int v;
            do {
                v = random.nextInt(assets);
            } while (suppliers[v] >= maxSuppliers);
            suppliers[v]++;
        }

        int[] chosen = new int[maxSuppliers];
        for (int v = 0; v < assets; v++) {
            int tier = tierOf(v);
            int k = suppliers[v];
            for (int i = 0; i < k; i++) {
                chosen[i] = distinctSupplier(v, tier, chosen, i);
            }
            int grouped =
                    k >= 2 && random.nextDouble() < GROUPED_SHARE ? (k >= 3 && random.nextDouble() < 0.3 ? 3 : 2) : 0;
            for (int i = 0; i < k; i++) {
                addDependency(builder, chosen[i], v, tier, i < grouped ? GROUP : null);
            }
        }
        return builder.build();
    }

    private void addDependency(CascadeGraphBuilder builder, int from, int to, int tier, String group) {
        double likelihood = 0.05 + 0.95 * random.nextDouble();
        // One in ten passes on at once; the others after an exponentially distributed delay.
        double delay = random.nextDouble() < 0.1 ? 0 : -MEAN_DELAY[tier] * Math.log(1 - random.nextDouble());
        double kind = random.nextDouble();
        ImpactGrowth growth;
        double ramp;
        if (kind < 0.5) {
            growth = ImpactGrowth.STEP;
            ramp = 0;
        } else if (kind < 0.8) {
            growth = ImpactGrowth.LINEAR;
            ramp = 5 + 55 * random.nextDouble();
        } else {
            growth = ImpactGrowth.LOGISTIC;
            ramp = 30 + 210 * random.nextDouble();
        }
        double maxImpact = random.nextDouble() < 0.4 ? 1.0 : 0.2 + 0.8 * random.nextDouble();
        builder.addDependency(from, to, likelihood, delay, growth, ramp, maxImpact, group);
    }

    /** A supplier for {@code v} that is not {@code v} and not among {@code chosen[0 .. count)}. */
    private int distinctSupplier(int v, int tier, int[] chosen, int count) {
        for (int attempt = 0; ; attempt++) {
            // A thin tier (small models) may run out of fresh suppliers: then any asset will do.
            int u = attempt < 32 ? skewed(supplierTier(tier)) : random.nextInt(tierStart[TIER_SHARE.length]);
            if (u != v && !contains(chosen, count, u)) {
                return u;
            }
        }
    }

    private int supplierTier(int tier) {
        double r = random.nextDouble();
        if (tier == 0) {
            return r < 0.8 ? 0 : TOP; // power feeds power; staff operate the plant
        }
        if (r < 0.70) {
            return tier - 1;
        }
        if (r < 0.85) {
            return random.nextInt(tier);
        }
        if (r < 0.95 || tier == TOP) {
            return tier;
        }
        return tier + 1 + random.nextInt(TOP - tier);
    }

    /** An asset of the tier, low ranks far more often than high ones: rank = size × u³. */
    private int skewed(int tier) {
        int size = tierStart[tier + 1] - tierStart[tier];
        double u = random.nextDouble();
        long rank = (long) (size * u * u * u);
        return tierStart[tier] + (int) (rank * SPREAD % size);
    }

    private int tierOf(int asset) {
        int t = 0;
        while (asset >= tierStart[t + 1]) {
            t++;
        }
        return t;
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }
}
