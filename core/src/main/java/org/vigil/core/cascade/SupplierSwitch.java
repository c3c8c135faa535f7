package org.vigil.core.cascade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Wires a {@link Mitigation.RedundantSupplier} into a graph. If the switch is in place before the
 * cascade starts, the alternative simply joins the supplier's redundancy group (or forms one with
 * the supplier's dependency). If it comes later, the old dependency (or its whole group) keeps
 * acting until the switch and then ends, and from the start a copy of it in a new group with the
 * alternative stands in: the union of the two is "hit by the supplier alone until the switch, by
 * both together after it".
 */
final class SupplierSwitch {

    record Wired(CascadeGraph graph, double[] edgeUntil) {}

    private SupplierSwitch() {}

    static Wired apply(CascadeGraph graph, double[] edgeUntil, Mitigation.RedundantSupplier s, double earliestStart) {
        int target = graph.requireIndex(s.assetId());
        int supplier = graph.requireIndex(s.supplierId());
        int alternative = graph.requireIndex(s.alternativeId());
        List<Integer> singletons = new ArrayList<>();
        Set<Integer> groups = new LinkedHashSet<>();
        for (int i = graph.inStart(target); i < graph.inEnd(target); i++) {
            int e = graph.inEdge(i);
            if (graph.source(e) == supplier) {
                if (graph.group(e) < 0) {
                    singletons.add(e);
                } else {
                    groups.add(graph.group(e));
                }
            }
        }
        if (singletons.isEmpty() && groups.isEmpty()) {
            throw new IllegalArgumentException(
                    "no dependency from " + s.supplierId() + " to " + s.assetId() + " to add an alternative to");
        }
        boolean inPlaceFromStart = s.atMinute() <= earliestStart;
        int m = graph.dependencyCount();
        String[] groupOf = new String[m];
        for (int e = 0; e < m; e++) {
            groupOf[e] = graph.group(e) < 0 ? null : graph.groupName(graph.group(e));
        }
        boolean[] endsAtSwitch = new boolean[m];
        List<int[]> extra = new ArrayList<>(); // {edge to copy, from}
        List<String> extraGroup = new ArrayList<>();
        Set<String> taken = groupNamesInto(graph, target);

        for (int e : singletons) {
            String name = fresh(taken, "switch " + s.supplierId() + " or " + s.alternativeId());
            if (inPlaceFromStart) {
                groupOf[e] = name;
            } else {
                endsAtSwitch[e] = true;
                extra.add(new int[] {e, graph.source(e)});
                extraGroup.add(name);
            }
            extra.add(new int[] {e, alternative});
            extraGroup.add(name);
        }
        for (int g : groups) {
            int firstFromSupplier = -1;
            String name = graph.groupName(g);
            if (!inPlaceFromStart) {
                name = fresh(taken, name + " or " + s.alternativeId());
            }
            for (int i = graph.groupMemberStart(g); i < graph.groupMemberEnd(g); i++) {
                int member = graph.groupMember(i);
                if (firstFromSupplier < 0 && graph.source(member) == supplier) {
                    firstFromSupplier = member;
                }
                if (!inPlaceFromStart) {
                    endsAtSwitch[member] = true;
                    extra.add(new int[] {member, graph.source(member)});
                    extraGroup.add(name);
                }
            }
            extra.add(new int[] {firstFromSupplier, alternative});
            extraGroup.add(name);
        }

        CascadeGraphBuilder builder = CascadeGraph.builder();
        for (int o = 0; o < graph.organisationCount(); o++) {
            builder.addOrganisation(graph.organisationId(o));
        }
        for (int a = 0; a < graph.assetCount(); a++) {
            builder.addAsset(graph.assetId(a), graph.layer(a), graph.owner(a), graph.criticality(a));
            if (graph.hasContinuity(a)) {
                builder.continuity(a, graph.rtoMinutes(a), graph.mtpdMinutes(a), graph.outputPerDay(a));
            }
        }
        for (int e = 0; e < m; e++) {
            copy(builder, graph, e, graph.source(e), groupOf[e]);
        }
        for (int i = 0; i < extra.size(); i++) {
            copy(builder, graph, extra.get(i)[0], extra.get(i)[1], extraGroup.get(i));
        }
        CascadeGraph wired = builder.build();

        // Old edges were added first, in row order, so each keeps its rank within its source's row.
        double[] until = PropagationPlan.filled(wired.dependencyCount(), Double.POSITIVE_INFINITY);
        boolean anyUntil = edgeUntil != null;
        for (int e = 0; e < m; e++) {
            int source = graph.source(e);
            int moved = wired.outStart(source) + (e - graph.outStart(source));
            double old = edgeUntil == null ? Double.POSITIVE_INFINITY : edgeUntil[e];
            until[moved] = endsAtSwitch[e] ? Math.min(old, s.atMinute()) : old;
            anyUntil |= endsAtSwitch[e];
        }
        if (edgeUntil != null) {
            // Copies of edges that already end somewhere end there too.
            int[] next = Arrays.copyOf(wired.outOffsets, wired.assetCount());
            for (int e = 0; e < m; e++) {
                next[graph.source(e)]++;
            }
            for (int[] copied : extra) {
                int moved = next[copied[1]]++;
                until[moved] = copied[1] == graph.source(copied[0]) ? edgeUntil[copied[0]] : Double.POSITIVE_INFINITY;
            }
        }
        return new Wired(wired, anyUntil ? until : null);
    }

    private static void copy(CascadeGraphBuilder builder, CascadeGraph graph, int e, int from, String group) {
        builder.addDependency(
                from,
                graph.target(e),
                graph.likelihood(e),
                graph.delayMinutes(e),
                graph.growth(e),
                graph.rampMinutes(e),
                graph.maxImpact(e),
                group);
    }

    private static Set<String> groupNamesInto(CascadeGraph graph, int target) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = graph.targetGroupOffsets[target]; i < graph.targetGroupOffsets[target + 1]; i++) {
            names.add(graph.groupName(graph.targetGroups[i]));
        }
        return names;
    }

    private static String fresh(Set<String> taken, String wanted) {
        String name = wanted;
        for (int i = 2; taken.contains(name); i++) {
            name = wanted + " #" + i;
        }
        taken.add(name);
        return name;
    }
}
