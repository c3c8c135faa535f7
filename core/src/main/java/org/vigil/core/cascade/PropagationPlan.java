package org.vigil.core.cascade;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One run's input on primitive arrays: the graph (with any redundant suppliers wired in), the
 * start contributions and what the mitigations change. Arrays that no mitigation needs are null,
 * so a plain run pays nothing for what-ifs.
 */
final class PropagationPlan {

    /** The graph the caller gave. */
    final CascadeGraph given;
    /** The graph the run goes over: the given one with any redundant suppliers wired in. */
    final CascadeGraph graph;

    final CascadeSettings settings;
    final List<StartCondition> startConditions;
    final List<Mitigation> mitigations;

    final int[] startAssets;
    final double[] startMinutes;
    final double[] startLevels;
    /** Indexes into the start arrays, ordered by asset. */
    final int[] startsByAsset;

    /** Impact arriving into an asset at or after this minute is blocked (isolation, restore). */
    final double[] blockFrom;
    /** The asset works again from this minute. */
    final double[] restoreAt;
    /** A contribution through this edge ends at this minute (a supplier switched away from). */
    final double[] edgeUntil;
    /** The earliest {@link #edgeUntil} among a group's members. */
    final double[] groupUntil;
    /** Minutes after onset at which a manual fallback caps the asset; NaN for none. */
    final double[] fallbackDelay;

    final double[] fallbackResidual;
    /** Groups found never to have all members down at once; they deliver nothing. */
    final boolean[] groupDisabled;

    private PropagationPlan(
            CascadeGraph given,
            CascadeGraph graph,
            CascadeSettings settings,
            List<StartCondition> startConditions,
            List<Mitigation> mitigations,
            int[] startAssets,
            double[] startMinutes,
            double[] startLevels,
            double[] blockFrom,
            double[] restoreAt,
            double[] edgeUntil,
            double[] fallbackDelay,
            double[] fallbackResidual,
            boolean[] groupDisabled) {
        this.given = given;
        this.graph = graph;
        this.settings = settings;
        this.startConditions = startConditions;
        this.mitigations = mitigations;
        this.startAssets = startAssets;
        this.startMinutes = startMinutes;
        this.startLevels = startLevels;
        this.startsByAsset = IntStream.range(0, startAssets.length)
                .boxed()
                .sorted(Comparator.comparingInt(i -> startAssets[i]))
                .mapToInt(Integer::intValue)
                .toArray();
        this.blockFrom = blockFrom;
        this.restoreAt = restoreAt;
        this.edgeUntil = edgeUntil;
        this.groupUntil = edgeUntil == null ? null : groupMinimum(graph, edgeUntil);
        this.fallbackDelay = fallbackDelay;
        this.fallbackResidual = fallbackResidual;
        this.groupDisabled = groupDisabled;
    }

    static PropagationPlan of(
            CascadeGraph base,
            CascadeSettings settings,
            List<StartCondition> startConditions,
            List<Mitigation> mitigations) {
        if (startConditions.isEmpty()) {
            throw new IllegalArgumentException("a cascade needs at least one start condition");
        }
        double earliestStart = Double.POSITIVE_INFINITY;
        for (StartCondition c : startConditions) {
            earliestStart = Math.min(earliestStart, c.startMinute());
        }

        CascadeGraph graph = base;
        double[] edgeUntil = null;
        for (Mitigation m : mitigations) {
            if (m instanceof Mitigation.RedundantSupplier s) {
                SupplierSwitch.Wired wired = SupplierSwitch.apply(graph, edgeUntil, s, earliestStart);
                graph = wired.graph();
                edgeUntil = wired.edgeUntil();
            }
        }

        int count = startConditions.size();
        int[] startAssets = new int[count];
        double[] startMinutes = new double[count];
        double[] startLevels = new double[count];
        for (int i = 0; i < count; i++) {
            StartCondition c = startConditions.get(i);
            startAssets[i] = graph.requireIndex(c.assetId());
            startMinutes[i] = c.startMinute();
            startLevels[i] = settings.levelOf(c.state());
        }

        int n = graph.assetCount();
        double[] blockFrom = null;
        double[] restoreAt = null;
        double[] fallbackDelay = null;
        double[] fallbackResidual = null;
        for (Mitigation m : mitigations) {
            int a = graph.requireIndex(m.assetId());
            if (m instanceof Mitigation.Isolate isolate) {
                blockFrom = lower(blockFrom, n, a, isolate.atMinute());
            } else if (m instanceof Mitigation.Restore restore) {
                blockFrom = lower(blockFrom, n, a, restore.atMinute());
                restoreAt = lower(restoreAt, n, a, restore.atMinute());
            } else if (m instanceof Mitigation.ManualFallback fallback) {
                if (fallbackDelay == null) {
                    fallbackDelay = filled(n, Double.NaN);
                    fallbackResidual = new double[n];
                }
                if (!Double.isNaN(fallbackDelay[a])) {
                    throw new IllegalArgumentException("one manual fallback per asset: " + m.assetId());
                }
                fallbackDelay[a] = fallback.activationDelayMinutes();
                fallbackResidual[a] = fallback.residualLevel();
            } else if (m instanceof Mitigation.RedundantSupplier s) {
                graph.requireIndex(s.supplierId());
                graph.requireIndex(s.alternativeId());
            }
        }
        return new PropagationPlan(
                base,
                graph,
                settings,
                List.copyOf(startConditions),
                List.copyOf(mitigations),
                startAssets,
                startMinutes,
                startLevels,
                blockFrom,
                restoreAt,
                edgeUntil,
                fallbackDelay,
                fallbackResidual,
                null);
    }

    /** The same plan with more groups switched off. */
    PropagationPlan withDisabledGroups(boolean[] disabled) {
        return new PropagationPlan(
                given,
                graph,
                settings,
                startConditions,
                mitigations,
                startAssets,
                startMinutes,
                startLevels,
                blockFrom,
                restoreAt,
                edgeUntil,
                fallbackDelay,
                fallbackResidual,
                disabled);
    }

    /** Whether whether a contribution delivers depends on when it arrives, not only on reach. */
    boolean isTimed() {
        return blockFrom != null || edgeUntil != null || groupDisabled != null;
    }

    /** Whether contributions can end, so recovery times must be worked out. */
    boolean canRecover() {
        return restoreAt != null || edgeUntil != null;
    }

    boolean startDelivers(int i) {
        return blockFrom == null || startMinutes[i] < blockFrom[startAssets[i]];
    }

    /** Whether a stand-alone edge's contribution arriving at {@code arrival} gets through. */
    boolean singletonAdmits(int edge, double arrival) {
        return (edgeUntil == null || arrival < edgeUntil[edge])
                && (blockFrom == null || arrival < blockFrom[graph.targets[edge]]);
    }

    /** Whether a group's contribution arriving at {@code arrival} gets through. */
    boolean groupAdmits(int group, double arrival) {
        return (groupDisabled == null || !groupDisabled[group])
                && (groupUntil == null || arrival < groupUntil[group])
                && (blockFrom == null || arrival < blockFrom[graph.groupTargets[group]]);
    }

    double restoreAt(int asset) {
        return restoreAt == null ? Double.POSITIVE_INFINITY : restoreAt[asset];
    }

    double edgeUntil(int edge) {
        return edgeUntil == null ? Double.POSITIVE_INFINITY : edgeUntil[edge];
    }

    private static double[] groupMinimum(CascadeGraph graph, double[] edgeUntil) {
        double[] minimum = filled(graph.groupCount(), Double.POSITIVE_INFINITY);
        for (int g = 0; g < minimum.length; g++) {
            for (int i = graph.groupOffsets[g]; i < graph.groupOffsets[g + 1]; i++) {
                minimum[g] = Math.min(minimum[g], edgeUntil[graph.groupMembers[i]]);
            }
        }
        return minimum;
    }

    private static double[] lower(double[] values, int n, int asset, double minute) {
        double[] result = values == null ? filled(n, Double.POSITIVE_INFINITY) : values;
        result[asset] = Math.min(result[asset], minute);
        return result;
    }

    static double[] filled(int n, double value) {
        double[] array = new double[n];
        Arrays.fill(array, value);
        return array;
    }

    /**
     * The first position in {@link #startsByAsset} of the asset's start contributions; the
     * asset's ones follow while {@code startAssets[startsByAsset[k]] == asset}. Equals the length
     * when it has none.
     */
    int firstStartOf(int asset) {
        int low = 0;
        int high = startsByAsset.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (startAssets[startsByAsset[mid]] < asset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
