package org.vigil.bench.cascade;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.CascadeGraphBuilder;

/**
 * Whether the engine's onsets are JGraphT's shortest-path distances, asset by asset.
 *
 * <p>Without redundancy groups they must be equal, bit for bit: both add the same delays in the
 * same order along a path (start minute 0, super-source edge 0), floating-point addition of a
 * non-negative weight is monotone, so both Dijkstras settle on the same smallest sum.
 *
 * <p>With groups (an AND: all members must arrive), JGraphT, which sees members as plain edges,
 * may reach an asset earlier than the engine, never later; and leaving the group edges out may
 * only make it later: {@code orDistance ≤ onset ≤ distanceWithoutGroups}. Where the two distances
 * agree, no shortest path needs a group and the onset must equal them. Anything else is a failure.
 */
final class OnsetCheck {

    /** How many mismatches a failure lists. */
    private static final int SHOWN = 5;

    /**
     * @param assets assets compared
     * @param reached assets the engine found hit
     * @param equal assets whose onset equals JGraphT's distance
     * @param throughGroups assets whose shortest JGraphT path needs a group edge, with the onset
     *     between the two distances (0 without groups)
     * @param mismatches the first few assets that fail, described; empty if none does
     */
    record Outcome(int assets, int reached, int equal, int throughGroups, List<String> mismatches) {

        Outcome {
            mismatches = List.copyOf(mismatches);
        }

        boolean passed() {
            return mismatches.isEmpty();
        }

        String describe() {
            if (!passed()) {
                return String.format(
                                Locale.ROOT,
                                "FAILED: %,d of %,d assets: onset and JGraphT's distance disagree; first: ",
                                assets - equal - throughGroups,
                                assets)
                        + String.join("; ", mismatches);
            }
            String text = String.format(
                    Locale.ROOT, "ok: %,d assets, %,d hit; onset = JGraphT's distance for %,d", assets, reached, equal);
            if (throughGroups > 0) {
                text += String.format(
                        Locale.ROOT,
                        "; the other %,d are reached first through a redundancy group, which JGraphT sees as plain"
                                + " edges: distance < onset <= distance without group edges, as it must be",
                        throughGroups);
            }
            return text;
        }
    }

    private OnsetCheck() {}

    /**
     * The same assets and dependencies without the redundancy-group members: the graph JGraphT's
     * {@link JGraphTPeer#distancesWithoutGroups()} runs over, for the engine. Asset indexes and ids
     * are the same.
     */
    static CascadeGraph withoutGroupEdges(CascadeGraph graph) {
        CascadeGraphBuilder builder = CascadeGraph.builder();
        for (int o = 0; o < graph.organisationCount(); o++) {
            builder.addOrganisation(graph.organisationId(o));
        }
        for (int a = 0; a < graph.assetCount(); a++) {
            builder.addAsset(graph.assetId(a), graph.layer(a), graph.owner(a), graph.criticality(a));
        }
        for (int e = 0; e < graph.dependencyCount(); e++) {
            if (graph.group(e) < 0) {
                builder.addDependency(
                        graph.source(e),
                        graph.target(e),
                        graph.likelihood(e),
                        graph.delayMinutes(e),
                        graph.growth(e),
                        graph.rampMinutes(e),
                        graph.maxImpact(e),
                        null);
            }
        }
        return builder.build();
    }

    /**
     * @param onset the engine's onsets, +∞ where not hit
     * @param orDistance JGraphT's distances with group members as plain edges
     * @param distanceWithoutGroups JGraphT's distances without the group edges (the same array
     *     when there are no groups)
     */
    static Outcome compare(double[] onset, double[] orDistance, double[] distanceWithoutGroups) {
        int n = onset.length;
        if (orDistance.length != n || distanceWithoutGroups.length != n) {
            throw new IllegalArgumentException(
                    "different asset counts: " + n + ", " + orDistance.length + ", " + distanceWithoutGroups.length);
        }
        int reached = 0;
        int equal = 0;
        int throughGroups = 0;
        List<String> mismatches = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            double t = onset[a];
            double low = orDistance[a];
            double high = distanceWithoutGroups[a];
            if (t < Double.POSITIVE_INFINITY) {
                reached++;
            }
            if (t == low) {
                equal++;
            } else if (low < high && low <= t && t <= high) {
                throughGroups++;
            } else if (mismatches.size() < SHOWN) {
                mismatches.add(String.format(
                        Locale.ROOT,
                        "asset %d: onset %s, JGraphT %s (%s without group edges)",
                        a,
                        minutes(t),
                        minutes(low),
                        minutes(high)));
            }
        }
        return new Outcome(n, reached, equal, throughGroups, mismatches);
    }

    private static String minutes(double t) {
        return t < Double.POSITIVE_INFINITY ? Double.toString(t) : "never";
    }
}
