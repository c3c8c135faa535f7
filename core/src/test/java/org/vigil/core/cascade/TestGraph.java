package org.vigil.core.cascade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.core.model.ImpactGrowth;
import org.vigil.core.model.Layer;

/**
 * Small cascade graphs for tests, fluently. Dependencies default to likelihood 1, no delay, STEP,
 * maxImpact 1 and no group; the modifiers after {@link #link} change the last one. Assets named
 * only in links are added as CYBER assets of the first organisation.
 *
 * <pre>{@code
 * CascadeGraph g = TestGraph.owner("bank")
 *         .link("server", "app").likelihood(0.9).delay(10).linear(30)
 *         .link("app", "payments").maxImpact(0.5)
 *         .graph();
 * }</pre>
 */
final class TestGraph {

    record Asset(String id, Layer layer, String owner, double rto, double mtpd, double output) {}

    record Link(
            String from,
            String to,
            double likelihood,
            double delay,
            ImpactGrowth growth,
            double ramp,
            double maxImpact,
            String group) {}

    private final List<String> organisations = new ArrayList<>();
    private final Map<String, Asset> assets = new LinkedHashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<String, Integer> criticalities = new LinkedHashMap<>();

    private TestGraph() {}

    static TestGraph owner(String organisation) {
        TestGraph g = new TestGraph();
        g.organisations.add(organisation);
        return g;
    }

    static TestGraph create() {
        return owner("org");
    }

    TestGraph organisation(String id) {
        organisations.add(id);
        return this;
    }

    TestGraph asset(String id, String owner) {
        return asset(id, Layer.CYBER, owner);
    }

    TestGraph asset(String id, Layer layer, String owner) {
        if (!organisations.contains(owner)) {
            organisations.add(owner);
        }
        assets.put(id, new Asset(id, layer, owner, Double.NaN, Double.NaN, Double.NaN));
        return this;
    }

    /** A business service with continuity targets; {@code outputPerDay} NaN if unknown. */
    TestGraph service(String id, String owner, double rto, double mtpd, double outputPerDay) {
        if (!organisations.contains(owner)) {
            organisations.add(owner);
        }
        assets.put(id, new Asset(id, Layer.BUSINESS, owner, rto, mtpd, outputPerDay));
        return this;
    }

    /** Gives an asset (added if new) a criticality other than the default 3. */
    TestGraph criticality(String id, int criticality) {
        known(id);
        criticalities.put(id, criticality);
        return this;
    }

    TestGraph link(String from, String to) {
        known(from);
        known(to);
        links.add(new Link(from, to, 1, 0, ImpactGrowth.STEP, 0, 1, null));
        return this;
    }

    TestGraph likelihood(double p) {
        Link l = last();
        return replace(new Link(l.from, l.to, p, l.delay, l.growth, l.ramp, l.maxImpact, l.group));
    }

    TestGraph delay(double minutes) {
        Link l = last();
        return replace(new Link(l.from, l.to, l.likelihood, minutes, l.growth, l.ramp, l.maxImpact, l.group));
    }

    TestGraph linear(double ramp) {
        Link l = last();
        return replace(new Link(l.from, l.to, l.likelihood, l.delay, ImpactGrowth.LINEAR, ramp, l.maxImpact, l.group));
    }

    TestGraph logistic(double ramp) {
        Link l = last();
        return replace(
                new Link(l.from, l.to, l.likelihood, l.delay, ImpactGrowth.LOGISTIC, ramp, l.maxImpact, l.group));
    }

    TestGraph maxImpact(double m) {
        Link l = last();
        return replace(new Link(l.from, l.to, l.likelihood, l.delay, l.growth, l.ramp, m, l.group));
    }

    TestGraph group(String name) {
        Link l = last();
        return replace(new Link(l.from, l.to, l.likelihood, l.delay, l.growth, l.ramp, l.maxImpact, name));
    }

    List<Asset> assets() {
        return List.copyOf(assets.values());
    }

    List<Link> links() {
        return List.copyOf(links);
    }

    CascadeGraph graph() {
        return build(organisations, assets(), links(), criticalities);
    }

    /** A graph from assets and links in the given order, for tests that shuffle them. */
    static CascadeGraph build(List<String> organisations, List<Asset> assets, List<Link> links) {
        return build(organisations, assets, links, Map.of());
    }

    private static CascadeGraph build(
            List<String> organisations, List<Asset> assets, List<Link> links, Map<String, Integer> criticalities) {
        CascadeGraphBuilder b = CascadeGraph.builder();
        organisations.forEach(b::addOrganisation);
        for (Asset a : assets) {
            int index = b.addAsset(a.id, a.layer, a.owner, criticalities.getOrDefault(a.id, 3));
            if (!Double.isNaN(a.rto)) {
                b.continuity(index, a.rto, a.mtpd, a.output);
            }
        }
        for (Link l : links) {
            b.addDependency(l.from, l.to, l.likelihood, l.delay, l.growth, l.ramp, l.maxImpact, l.group);
        }
        return b.build();
    }

    List<String> organisations() {
        return List.copyOf(organisations);
    }

    private void known(String id) {
        if (!assets.containsKey(id)) {
            asset(id, organisations.get(0));
        }
    }

    private Link last() {
        return links.get(links.size() - 1);
    }

    private TestGraph replace(Link link) {
        links.set(links.size() - 1, link);
        return this;
    }
}
