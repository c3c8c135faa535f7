package org.vigil.core.anomaly;

import java.util.Objects;

/**
 * Names one metric stream: the asset it belongs to, what it measures and, where an asset has several
 * of them, which one (an event category, a sensor, a vehicle).
 *
 * @param asset the asset as {@code scenario/asset}
 * @param metric what is measured
 * @param qualifier the category, sensor or vehicle within the asset; empty when the asset has one stream
 *     of the metric
 */
public record StreamKey(String asset, Metric metric, String qualifier) {

    public StreamKey {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(metric, "metric");
        qualifier = qualifier == null ? "" : qualifier;
        if (asset.indexOf('/') < 1) {
            throw new IllegalArgumentException("asset must be scenario/asset, not " + asset);
        }
    }

    /** The stream's id, e.g. {@code pharmacy-delivery/coldbox-114 temperature:TIVE-CCB-114}. */
    public String id() {
        return asset + " " + metric.wireName() + (qualifier.isEmpty() ? "" : ":" + qualifier);
    }

    public String scenarioId() {
        return asset.substring(0, asset.indexOf('/'));
    }

    public String assetId() {
        return asset.substring(asset.indexOf('/') + 1);
    }

    @Override
    public String toString() {
        return id();
    }
}
