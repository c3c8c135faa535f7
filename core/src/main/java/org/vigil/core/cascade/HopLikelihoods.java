package org.vigil.core.cascade;

import java.util.Arrays;
import org.vigil.core.model.Asset;

/**
 * How likely each dependency is to pass a failure one step on, for analyses that follow single
 * chains of dependencies (betweenness, riskiest chains): its likelihood, 0 if it is inert, and for
 * a member of a redundancy group the product of all the group's likelihoods, since every
 * alternative must pass it on (an upper bound: the other members' sources are taken as failed).
 */
final class HopLikelihoods {

    private HopLikelihoods() {}

    static double[] of(CascadeGraph g) {
        double[] hop = new double[g.dependencyCount()];
        double[] groupProduct = new double[g.groupCount()];
        for (int group = 0; group < groupProduct.length; group++) {
            double[] members = new double[g.groupOffsets[group + 1] - g.groupOffsets[group]];
            for (int i = 0; i < members.length; i++) {
                members[i] = g.likelihoods[g.groupMembers[g.groupOffsets[group] + i]];
            }
            // Ascending, so the product is the same bit for bit in any order of members.
            Arrays.sort(members);
            double product = 1;
            for (double p : members) {
                product *= p;
            }
            groupProduct[group] = product;
        }
        for (int e = 0; e < hop.length; e++) {
            if (g.isInert(e)) {
                hop[e] = 0;
            } else {
                hop[e] = g.groups[e] < 0 ? g.likelihoods[e] : groupProduct[g.groups[e]];
            }
        }
        return hop;
    }

    /** An asset's criticality as a weight in (0, 1]: criticality / the highest criticality. */
    static double criticalityWeight(CascadeGraph g, int asset) {
        return (double) g.criticalities[asset] / Asset.MAX_CRITICALITY;
    }
}
