package org.vigil.core.cascade;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The observations of a diagnosis on the graph's indexes: one per asset (an asset seen twice
 * counts from its earliest time), with the minute taken as "now": the one given, else the latest
 * observation, else 0 when none has a time.
 */
final class ObservedSet {

    private final int[] assets;
    /** NaN for an observation without a time. */
    private final double[] minutes;

    private final boolean[] isObserved;
    private final double now;

    ObservedSet(CascadeGraph graph, List<Observation> observations, OptionalDouble nowMinute) {
        if (observations.isEmpty()) {
            throw new IllegalArgumentException("a diagnosis needs at least one observed asset");
        }
        Map<Integer, Double> earliest = new LinkedHashMap<>();
        for (Observation o : observations) {
            int a = graph.requireIndex(o.assetId());
            double minute = o.minute().orElse(Double.NaN);
            earliest.merge(a, minute, (x, y) -> Double.isNaN(x) ? y : Double.isNaN(y) ? x : Math.min(x, y));
        }
        assets = earliest.keySet().stream().mapToInt(Integer::intValue).toArray();
        minutes = earliest.values().stream().mapToDouble(Double::doubleValue).toArray();
        isObserved = new boolean[graph.assetCount()];
        double latest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < assets.length; i++) {
            isObserved[assets[i]] = true;
            if (!Double.isNaN(minutes[i])) {
                latest = Math.max(latest, minutes[i]);
            }
        }
        if (nowMinute.isPresent() && !Double.isFinite(nowMinute.getAsDouble())) {
            throw new IllegalArgumentException("now must be a finite minute: " + nowMinute);
        }
        now = nowMinute.orElse(latest > Double.NEGATIVE_INFINITY ? latest : 0);
    }

    int size() {
        return assets.length;
    }

    int asset(int i) {
        return assets[i];
    }

    boolean isTimed(int i) {
        return !Double.isNaN(minutes[i]);
    }

    double minute(int i) {
        return minutes[i];
    }

    boolean contains(int asset) {
        return isObserved[asset];
    }

    double now() {
        return now;
    }

    int[] assets() {
        return assets.clone();
    }
}
