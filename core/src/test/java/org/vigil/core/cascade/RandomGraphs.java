package org.vigil.core.cascade;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.vigil.core.model.ImpactGrowth;
import org.vigil.core.model.Layer;

/**
 * Seeded random cascade graphs for property tests (no jqwik in the build): the same seed always
 * gives the same graph, so a failure's seed in the assertion message reproduces it.
 */
final class RandomGraphs {

    /** Horizons dense enough to catch impacts while they ramp. */
    static final CascadeSettings SETTINGS =
            CascadeSettings.DEFAULTS.withHorizons(0, 3, 10, 20, 35, 60, 90, 150, 240, 480, 1440);

    private final Random random;
    final List<String> organisations = List.of("o1", "o2", "o3");
    final List<TestGraph.Asset> assets = new ArrayList<>();
    final List<TestGraph.Link> links = new ArrayList<>();

    RandomGraphs(long seed) {
        random = new Random(seed);
        int n = 3 + random.nextInt(30);
        for (int i = 0; i < n; i++) {
            String owner = organisations.get(random.nextInt(organisations.size()));
            Layer layer = Layer.values()[random.nextInt(Layer.values().length)];
            double rto = 10 + random.nextInt(200);
            boolean continuity = layer == Layer.BUSINESS;
            assets.add(new TestGraph.Asset(
                    "asset-" + i,
                    layer,
                    owner,
                    continuity ? rto : Double.NaN,
                    continuity ? rto * (1 + random.nextInt(4)) : Double.NaN,
                    continuity ? random.nextInt(10_000) : Double.NaN));
        }
        int m = random.nextInt(3 * n + 1);
        for (int i = 0; i < m; i++) {
            links.add(randomLink(n));
        }
    }

    private TestGraph.Link randomLink(int n) {
        String from = "asset-" + random.nextInt(n);
        String to = "asset-" + random.nextInt(n);
        double likelihood = random.nextInt(20) == 0 ? 0 : random.nextInt(21) / 20.0;
        double delay = random.nextBoolean() ? 0 : random.nextInt(120);
        ImpactGrowth growth = ImpactGrowth.values()[random.nextInt(3)];
        double ramp = growth == ImpactGrowth.STEP || random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(200);
        double maxImpact = random.nextBoolean() ? 1 : random.nextInt(11) / 10.0;
        String group = random.nextInt(3) > 0 ? null : random.nextInt(5) == 0 ? "h" : "g";
        return new TestGraph.Link(from, to, likelihood, delay, growth, ramp, maxImpact, group);
    }

    int assetCount() {
        return assets.size();
    }

    String randomAsset() {
        return assets.get(random.nextInt(assets.size())).id();
    }

    double randomMinute(int bound) {
        return random.nextInt(bound);
    }

    boolean randomBoolean() {
        return random.nextBoolean();
    }

    List<StartCondition> randomStart() {
        List<StartCondition> start = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            StartState state = StartState.values()[random.nextInt(StartState.values().length)];
            start.add(new StartCondition(randomAsset(), state, random.nextInt(60)));
        }
        return start;
    }

    /** A dependency picked at random, or null if there is none. */
    TestGraph.Link randomLinkOfGraph() {
        return links.isEmpty() ? null : links.get(random.nextInt(links.size()));
    }

    CascadeGraph graph() {
        return TestGraph.build(organisations, assets, links);
    }

    /** The same graph with its assets, dependencies and organisations added in another order. */
    CascadeGraph shuffledGraph() {
        List<String> o = new ArrayList<>(organisations);
        List<TestGraph.Asset> a = new ArrayList<>(assets);
        List<TestGraph.Link> l = new ArrayList<>(links);
        Collections.shuffle(o, random);
        Collections.shuffle(a, random);
        Collections.shuffle(l, random);
        return TestGraph.build(o, a, l);
    }

    <T> List<T> shuffled(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
