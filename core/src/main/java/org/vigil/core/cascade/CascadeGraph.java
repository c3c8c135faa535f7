package org.vigil.core.cascade;

import java.util.Optional;
import org.vigil.core.model.Asset;
import org.vigil.core.model.ContinuityTargets;
import org.vigil.core.model.Dependency;
import org.vigil.core.model.ImpactGrowth;
import org.vigil.core.model.Layer;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Scenario;

/**
 * Assets and dependencies packed into primitive arrays for the cascade engines: assets are int
 * indexes, dependencies ("edges") are stored by source in compressed sparse rows, and each edge's
 * parameters sit in parallel arrays. A million assets with four million dependencies cost a few
 * hundred megabytes and no per-edge objects.
 *
 * <p>Edge {@code e} runs from {@link #source(int)} to {@link #target(int)}; the out-edges of asset
 * {@code a} are the indexes {@code outStart(a) .. outEnd(a) - 1}; its in-edges are {@link
 * #inEdge(int)} for positions {@code inStart(a) .. inEnd(a) - 1}. Dependencies into one target that
 * share a redundancy-group name form one group (index {@link #group(int)}, -1 for none).
 *
 * <p>Immutable once built, so one graph may serve many threads and many runs.
 */
public final class CascadeGraph {

    // Package-private so the passes read the arrays without a call per edge.
    final String[] assetIds;
    final byte[] layers;
    final int[] owners;
    final byte[] criticalities;
    final double[] rtoMinutes;
    final double[] mtpdMinutes;
    final double[] outputPerDay;
    final String[] organisationIds;

    final int[] outOffsets;
    final int[] sources;
    final int[] targets;
    final double[] likelihoods;
    final double[] delays;
    final double[] ramps;
    final double[] maxImpacts;
    final byte[] growths;
    final int[] groups;

    final int[] inOffsets;
    final int[] inEdges;
    /** The in-edges' parameters in in-edge order, for streaming impact evaluation. */
    final ContributionRows contributions;
    /** The out-edges' codes and weights interleaved, for the label-setting passes. */
    final OutRows outRows;
    /** The group members' sources and weights interleaved, for the label-setting passes. */
    final GroupRows groupRows;

    /**
     * Per edge whether it is {@link #isInert(int) inert}; null when none is, as in most graphs, so
     * the label-setting loops test nothing per edge then.
     */
    final boolean[] inert;

    final String[] groupNames;
    final int[] groupTargets;
    final int[] groupOffsets;
    final int[] groupMembers;
    final int[] targetGroupOffsets;
    final int[] targetGroups;

    private final IdIndex index;

    CascadeGraph(CascadeGraphBuilder.Parts p) {
        assetIds = p.assetIds;
        layers = p.layers;
        owners = p.owners;
        criticalities = p.criticalities;
        rtoMinutes = p.rtoMinutes;
        mtpdMinutes = p.mtpdMinutes;
        outputPerDay = p.outputPerDay;
        organisationIds = p.organisationIds;
        outOffsets = p.outOffsets;
        sources = p.sources;
        targets = p.targets;
        likelihoods = p.likelihoods;
        delays = p.delays;
        ramps = p.ramps;
        maxImpacts = p.maxImpacts;
        growths = p.growths;
        groups = p.groups;
        inOffsets = p.inOffsets;
        inEdges = p.inEdges;
        contributions = p.contributions;
        outRows = p.outRows;
        groupRows = p.groupRows;
        inert = p.inert;
        groupNames = p.groupNames;
        groupTargets = p.groupTargets;
        groupOffsets = p.groupOffsets;
        groupMembers = p.groupMembers;
        targetGroupOffsets = p.targetGroupOffsets;
        targetGroups = p.targetGroups;
        index = new IdIndex(assetIds, assetIds.length);
    }

    /** An empty builder, for graphs made from raw data (benchmarks, generated graphs). */
    public static CascadeGraphBuilder builder() {
        return new CascadeGraphBuilder();
    }

    /** The scenario's assets, organisations and dependencies, in the scenario's order. */
    public static CascadeGraph of(Scenario scenario) {
        CascadeGraphBuilder builder = new CascadeGraphBuilder();
        for (Organisation organisation : scenario.organisations()) {
            builder.addOrganisation(organisation.id());
        }
        for (Asset asset : scenario.assets()) {
            int a = builder.addAsset(asset.id(), asset.layer(), asset.ownerId(), asset.criticality());
            if (asset.continuity().isPresent()) {
                ContinuityTargets c = asset.continuity().get();
                builder.continuity(
                        a, c.rtoMinutes(), c.mtpdMinutes(), c.outputPerDay().orElse(Double.NaN));
            }
        }
        for (Dependency d : scenario.dependencies()) {
            builder.addDependency(
                    d.fromId(),
                    d.toId(),
                    d.likelihood(),
                    d.delayMinutes(),
                    d.growth(),
                    d.rampMinutes(),
                    d.maxImpact(),
                    d.redundancyGroup().orElse(null));
        }
        return builder.build();
    }

    /** A builder holding this graph's assets and dependencies, to derive a changed graph. */
    public CascadeGraphBuilder toBuilder() {
        CascadeGraphBuilder builder = new CascadeGraphBuilder();
        for (String organisation : organisationIds) {
            builder.addOrganisation(organisation);
        }
        for (int a = 0; a < assetIds.length; a++) {
            builder.addAsset(assetIds[a], layer(a), owners[a], criticalities[a]);
            if (hasContinuity(a)) {
                builder.continuity(a, rtoMinutes[a], mtpdMinutes[a], outputPerDay[a]);
            }
        }
        for (int e = 0; e < targets.length; e++) {
            builder.addDependency(
                    sources[e],
                    targets[e],
                    likelihoods[e],
                    delays[e],
                    growth(e),
                    ramps[e],
                    maxImpacts[e],
                    groups[e] < 0 ? null : groupNames[groups[e]]);
        }
        return builder;
    }

    public int assetCount() {
        return assetIds.length;
    }

    public int dependencyCount() {
        return targets.length;
    }

    public int organisationCount() {
        return organisationIds.length;
    }

    public int groupCount() {
        return groupNames.length;
    }

    public String assetId(int asset) {
        return assetIds[asset];
    }

    /** The index of the asset with this id, or -1 if there is none. */
    public int indexOf(String assetId) {
        return index.indexOf(assetId);
    }

    /** The index of the asset with this id; refuses an unknown id. */
    public int requireIndex(String assetId) {
        int a = index.indexOf(assetId);
        if (a < 0) {
            throw new IllegalArgumentException("no asset '" + assetId + "' in the graph");
        }
        return a;
    }

    public Layer layer(int asset) {
        return Layer.values()[layers[asset]];
    }

    /** The owning organisation's index, or -1 if the asset has no known owner. */
    public int owner(int asset) {
        return owners[asset];
    }

    public String organisationId(int organisation) {
        return organisationIds[organisation];
    }

    public int criticality(int asset) {
        return criticalities[asset];
    }

    public boolean hasContinuity(int asset) {
        return !Double.isNaN(rtoMinutes[asset]);
    }

    /** Recovery time objective in minutes, or NaN without continuity targets. */
    public double rtoMinutes(int asset) {
        return rtoMinutes[asset];
    }

    /** Maximum tolerable period of disruption in minutes, or NaN without continuity targets. */
    public double mtpdMinutes(int asset) {
        return mtpdMinutes[asset];
    }

    /** Value the asset delivers per day when fully working, or NaN where unknown. */
    public double outputPerDay(int asset) {
        return outputPerDay[asset];
    }

    public int outStart(int asset) {
        return outOffsets[asset];
    }

    public int outEnd(int asset) {
        return outOffsets[asset + 1];
    }

    public int inStart(int asset) {
        return inOffsets[asset];
    }

    public int inEnd(int asset) {
        return inOffsets[asset + 1];
    }

    /** The edge at a position of the in-edge rows. */
    public int inEdge(int position) {
        return inEdges[position];
    }

    public int source(int edge) {
        return sources[edge];
    }

    public int target(int edge) {
        return targets[edge];
    }

    public double likelihood(int edge) {
        return likelihoods[edge];
    }

    public double delayMinutes(int edge) {
        return delays[edge];
    }

    public double rampMinutes(int edge) {
        return ramps[edge];
    }

    public double maxImpact(int edge) {
        return maxImpacts[edge];
    }

    public ImpactGrowth growth(int edge) {
        return ImpactGrowth.values()[growths[edge]];
    }

    /** The edge's redundancy group, or -1 if it stands alone. */
    public int group(int edge) {
        return groups[edge];
    }

    public Optional<String> groupNameOf(int edge) {
        return groups[edge] < 0 ? Optional.empty() : Optional.of(groupNames[groups[edge]]);
    }

    public String groupName(int group) {
        return groupNames[group];
    }

    public int groupTarget(int group) {
        return groupTargets[group];
    }

    public int groupMemberStart(int group) {
        return groupOffsets[group];
    }

    public int groupMemberEnd(int group) {
        return groupOffsets[group + 1];
    }

    /** The edge at a position of the group-member rows. */
    public int groupMember(int position) {
        return groupMembers[position];
    }

    /** An edge that can never pass anything on: nothing is likely to, or nothing depends on it. */
    boolean isInert(int edge) {
        return inert != null && inert[edge];
    }
}
