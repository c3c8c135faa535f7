package org.vigil.core.cascade;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.vigil.core.model.Asset;
import org.vigil.core.model.ImpactGrowth;
import org.vigil.core.model.Layer;

/**
 * Collects assets and dependencies in growable primitive arrays and packs them into a {@link
 * CascadeGraph}. Adding by index allocates nothing per element, so a benchmark can build a
 * million-asset graph without a million records. Not thread-safe; the graph it builds is.
 */
public final class CascadeGraphBuilder {

    private String[] assetIds = new String[16];
    private byte[] layers = new byte[16];
    private int[] owners = new int[16];
    private byte[] criticalities = new byte[16];
    private double[] rto = new double[16];
    private double[] mtpd = new double[16];
    private double[] output = new double[16];
    private int assetCount;
    private Map<String, Integer> assetLookup;

    private String[] organisationIds = new String[4];
    private final Map<String, Integer> organisationLookup = new HashMap<>();
    private int organisationCount;

    private int[] from = new int[16];
    private int[] to = new int[16];
    private double[] likelihood = new double[16];
    private double[] delay = new double[16];
    private double[] ramp = new double[16];
    private double[] maxImpact = new double[16];
    private byte[] growth = new byte[16];
    private String[] groupName = new String[16];
    private int edgeCount;

    CascadeGraphBuilder() {}

    /** Adds an organisation and returns its index; adding an id again returns the first index. */
    public int addOrganisation(String organisationId) {
        Objects.requireNonNull(organisationId, "organisationId");
        Integer known = organisationLookup.get(organisationId);
        if (known != null) {
            return known;
        }
        if (organisationCount == organisationIds.length) {
            organisationIds = Arrays.copyOf(organisationIds, organisationCount * 2);
        }
        organisationIds[organisationCount] = organisationId;
        organisationLookup.put(organisationId, organisationCount);
        return organisationCount++;
    }

    /** Adds an asset owned by an organisation added before, and returns its index. */
    public int addAsset(String assetId, Layer layer, String ownerId, int criticality) {
        Integer owner = organisationLookup.get(ownerId);
        if (owner == null) {
            throw new IllegalArgumentException("asset '" + assetId + "' is owned by unknown organisation " + ownerId);
        }
        return addAsset(assetId, layer, owner, criticality);
    }

    /** Adds an asset and returns its index; {@code owner} is an organisation index or -1 for none. */
    public int addAsset(String assetId, Layer layer, int owner, int criticality) {
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(layer, "layer");
        if (owner < -1 || owner >= organisationCount) {
            throw new IllegalArgumentException("asset '" + assetId + "' has unknown owner index " + owner);
        }
        if (criticality < Asset.MIN_CRITICALITY || criticality > Asset.MAX_CRITICALITY) {
            throw new IllegalArgumentException("criticality out of range: " + criticality);
        }
        if (assetCount == assetIds.length) {
            int capacity = assetCount * 2;
            assetIds = Arrays.copyOf(assetIds, capacity);
            layers = Arrays.copyOf(layers, capacity);
            owners = Arrays.copyOf(owners, capacity);
            criticalities = Arrays.copyOf(criticalities, capacity);
            rto = Arrays.copyOf(rto, capacity);
            mtpd = Arrays.copyOf(mtpd, capacity);
            output = Arrays.copyOf(output, capacity);
        }
        int a = assetCount++;
        assetIds[a] = assetId;
        layers[a] = (byte) layer.ordinal();
        owners[a] = owner;
        criticalities[a] = (byte) criticality;
        rto[a] = Double.NaN;
        mtpd[a] = Double.NaN;
        output[a] = Double.NaN;
        if (assetLookup != null && assetLookup.putIfAbsent(assetId, a) != null) {
            throw new IllegalArgumentException("asset '" + assetId + "' added twice");
        }
        return a;
    }

    /**
     * Gives an asset continuity targets; {@code outputPerDay} is NaN where the value of the
     * service is unknown.
     */
    public CascadeGraphBuilder continuity(int asset, double rtoMinutes, double mtpdMinutes, double outputPerDay) {
        checkAsset(asset);
        if (!(rtoMinutes > 0 && rtoMinutes <= mtpdMinutes && mtpdMinutes < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("need 0 < RTO <= MTPD, got " + rtoMinutes + " and " + mtpdMinutes);
        }
        if (outputPerDay < 0 || outputPerDay == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("output per day must be a finite value >= 0: " + outputPerDay);
        }
        rto[asset] = rtoMinutes;
        mtpd[asset] = mtpdMinutes;
        output[asset] = outputPerDay;
        return this;
    }

    /** Adds a dependency between assets named by id; see {@link #addDependency(int, int, double, double, ImpactGrowth, double, double, String)}. */
    public CascadeGraphBuilder addDependency(
            String fromId,
            String toId,
            double likelihood,
            double delayMinutes,
            ImpactGrowth growth,
            double rampMinutes,
            double maxImpact,
            String redundancyGroup) {
        return addDependency(
                lookup(fromId),
                lookup(toId),
                likelihood,
                delayMinutes,
                growth,
                rampMinutes,
                maxImpact,
                redundancyGroup);
    }

    /**
     * Adds a dependency: a failure of {@code from} reaches {@code to}. {@code redundancyGroup} is
     * null for a dependency that stands alone; dependencies into the same target with the same
     * group name are alternatives.
     */
    public CascadeGraphBuilder addDependency(
            int from,
            int to,
            double likelihood,
            double delayMinutes,
            ImpactGrowth growth,
            double rampMinutes,
            double maxImpact,
            String redundancyGroup) {
        checkAsset(from);
        checkAsset(to);
        Objects.requireNonNull(growth, "growth");
        if (!(likelihood >= 0 && likelihood <= 1) || !(maxImpact >= 0 && maxImpact <= 1)) {
            throw new IllegalArgumentException("likelihood and maxImpact must lie in [0, 1]");
        }
        if (!(delayMinutes >= 0 && delayMinutes < Double.POSITIVE_INFINITY)
                || !(rampMinutes >= 0 && rampMinutes < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("delay and ramp must be finite and >= 0");
        }
        if (edgeCount == this.from.length) {
            int capacity = edgeCount * 2;
            this.from = Arrays.copyOf(this.from, capacity);
            this.to = Arrays.copyOf(this.to, capacity);
            this.likelihood = Arrays.copyOf(this.likelihood, capacity);
            this.delay = Arrays.copyOf(this.delay, capacity);
            this.ramp = Arrays.copyOf(this.ramp, capacity);
            this.maxImpact = Arrays.copyOf(this.maxImpact, capacity);
            this.growth = Arrays.copyOf(this.growth, capacity);
            this.groupName = Arrays.copyOf(this.groupName, capacity);
        }
        int e = edgeCount++;
        this.from[e] = from;
        this.to[e] = to;
        this.likelihood[e] = likelihood;
        this.delay[e] = delayMinutes;
        this.ramp[e] = rampMinutes;
        this.maxImpact[e] = maxImpact;
        this.growth[e] = (byte) growth.ordinal();
        this.groupName[e] = redundancyGroup;
        return this;
    }

    public int assetCount() {
        return assetCount;
    }

    /** Packs what was added into an immutable graph; the builder may go on to build another. */
    public CascadeGraph build() {
        Parts p = new Parts();
        int n = assetCount;
        int m = edgeCount;
        p.assetIds = Arrays.copyOf(assetIds, n);
        p.layers = Arrays.copyOf(layers, n);
        p.owners = Arrays.copyOf(owners, n);
        p.criticalities = Arrays.copyOf(criticalities, n);
        p.rtoMinutes = Arrays.copyOf(rto, n);
        p.mtpdMinutes = Arrays.copyOf(mtpd, n);
        p.outputPerDay = Arrays.copyOf(output, n);
        p.organisationIds = Arrays.copyOf(organisationIds, organisationCount);

        // Out-edge rows: a stable counting sort by source.
        p.outOffsets = offsets(from, m, n);
        int[] next = Arrays.copyOf(p.outOffsets, n);
        int[] position = new int[m];
        for (int i = 0; i < m; i++) {
            position[i] = next[from[i]]++;
        }
        p.sources = new int[m];
        p.targets = new int[m];
        p.likelihoods = new double[m];
        p.delays = new double[m];
        p.ramps = new double[m];
        p.maxImpacts = new double[m];
        p.growths = new byte[m];
        String[] names = new String[m];
        for (int i = 0; i < m; i++) {
            int e = position[i];
            p.sources[e] = from[i];
            p.targets[e] = to[i];
            p.likelihoods[e] = likelihood[i];
            p.delays[e] = delay[i];
            p.ramps[e] = ramp[i];
            p.maxImpacts[e] = maxImpact[i];
            p.growths[e] = growth[i];
            names[e] = groupName[i];
        }

        // In-edge rows: edge indexes by target.
        p.inOffsets = offsets(p.targets, m, n);
        next = Arrays.copyOf(p.inOffsets, n);
        p.inEdges = new int[m];
        for (int e = 0; e < m; e++) {
            p.inEdges[next[p.targets[e]]++] = e;
        }

        packGroups(p, names, n, m);
        p.inert = inertEdges(p.likelihoods, p.maxImpacts);
        p.contributions = ContributionRows.of(p, p.inert);
        p.outRows = OutRows.of(p, p.inert);
        p.groupRows = GroupRows.of(p);
        return new CascadeGraph(p);
    }

    /** Which edges can never pass anything on (likelihood or maxImpact 0); null if none. */
    private static boolean[] inertEdges(double[] likelihoods, double[] maxImpacts) {
        boolean[] inert = null;
        for (int e = 0; e < likelihoods.length; e++) {
            if (likelihoods[e] == 0 || maxImpacts[e] == 0) {
                if (inert == null) {
                    inert = new boolean[likelihoods.length];
                }
                inert[e] = true;
            }
        }
        return inert;
    }

    /** Groups are per target: the same name into another target is another group. */
    private static void packGroups(Parts p, String[] names, int n, int m) {
        p.groups = new int[m];
        Map<String, Integer> byKey = new HashMap<>();
        String[] groupNames = new String[4];
        int[] groupTargets = new int[4];
        int groupCount = 0;
        for (int e = 0; e < m; e++) {
            if (names[e] == null) {
                p.groups[e] = -1;
                continue;
            }
            String key = p.targets[e] + "\u0000" + names[e];
            Integer g = byKey.get(key);
            if (g == null) {
                g = groupCount++;
                byKey.put(key, g);
                if (g == groupNames.length) {
                    groupNames = Arrays.copyOf(groupNames, g * 2);
                    groupTargets = Arrays.copyOf(groupTargets, g * 2);
                }
                groupNames[g] = names[e];
                groupTargets[g] = p.targets[e];
            }
            p.groups[e] = g;
        }
        p.groupNames = Arrays.copyOf(groupNames, groupCount);
        p.groupTargets = Arrays.copyOf(groupTargets, groupCount);

        int[] memberCounts = new int[groupCount + 1];
        for (int e = 0; e < m; e++) {
            if (p.groups[e] >= 0) {
                memberCounts[p.groups[e] + 1]++;
            }
        }
        for (int g = 0; g < groupCount; g++) {
            memberCounts[g + 1] += memberCounts[g];
        }
        p.groupOffsets = memberCounts;
        int[] next = Arrays.copyOf(memberCounts, groupCount);
        p.groupMembers = new int[memberCounts[groupCount]];
        for (int e = 0; e < m; e++) {
            if (p.groups[e] >= 0) {
                p.groupMembers[next[p.groups[e]]++] = e;
            }
        }

        p.targetGroupOffsets = offsets(p.groupTargets, groupCount, n);
        next = Arrays.copyOf(p.targetGroupOffsets, n);
        p.targetGroups = new int[groupCount];
        for (int g = 0; g < groupCount; g++) {
            p.targetGroups[next[p.groupTargets[g]]++] = g;
        }
    }

    /** Row offsets for {@code keys[0..count)} over {@code rows} rows: row r is offsets[r]..offsets[r+1]. */
    private static int[] offsets(int[] keys, int count, int rows) {
        int[] offsets = new int[rows + 1];
        for (int i = 0; i < count; i++) {
            offsets[keys[i] + 1]++;
        }
        for (int r = 0; r < rows; r++) {
            offsets[r + 1] += offsets[r];
        }
        return offsets;
    }

    private int lookup(String assetId) {
        if (assetLookup == null) {
            assetLookup = new HashMap<>();
            for (int a = 0; a < assetCount; a++) {
                if (assetLookup.putIfAbsent(assetIds[a], a) != null) {
                    throw new IllegalArgumentException("asset '" + assetIds[a] + "' added twice");
                }
            }
        }
        Integer a = assetLookup.get(assetId);
        if (a == null) {
            throw new IllegalArgumentException("no asset '" + assetId + "' for a dependency");
        }
        return a;
    }

    private void checkAsset(int asset) {
        if (asset < 0 || asset >= assetCount) {
            throw new IllegalArgumentException("no asset with index " + asset);
        }
    }

    /** The packed arrays, handed to the graph's constructor. */
    static final class Parts {
        String[] assetIds;
        byte[] layers;
        int[] owners;
        byte[] criticalities;
        double[] rtoMinutes;
        double[] mtpdMinutes;
        double[] outputPerDay;
        String[] organisationIds;
        int[] outOffsets;
        int[] sources;
        int[] targets;
        double[] likelihoods;
        double[] delays;
        double[] ramps;
        double[] maxImpacts;
        byte[] growths;
        int[] groups;
        int[] inOffsets;
        int[] inEdges;
        ContributionRows contributions;
        OutRows outRows;
        GroupRows groupRows;
        boolean[] inert;
        String[] groupNames;
        int[] groupTargets;
        int[] groupOffsets;
        int[] groupMembers;
        int[] targetGroupOffsets;
        int[] targetGroups;
    }
}
