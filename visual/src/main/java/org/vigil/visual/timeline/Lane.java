package org.vigil.visual.timeline;

import java.util.Objects;
import java.util.Set;
import org.vigil.core.model.Layer;

/**
 * One row of the timeline: an asset, an organisation with its assets, or the events that concern no modelled asset.
 *
 * @param key the asset or organisation id; {@link #UNMAPPED} for the unmapped lane
 * @param layer the asset's layer; null for organisations and the unmapped lane
 * @param assetIds the assets whose events the lane shows (the asset itself, or the organisation's)
 */
public record Lane(String key, Kind kind, String label, Layer layer, Set<String> assetIds) {

    public enum Kind {
        ASSET,
        ORGANISATION,
        UNMAPPED
    }

    /** The key of the unmapped lane: no asset or organisation id is empty. */
    public static final String UNMAPPED = "";

    public Lane {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        assetIds = Set.copyOf(assetIds);
    }

    /** The lane key of a stored lane, which is null for events that concern no modelled asset. */
    static String keyOf(String storedLane) {
        return storedLane == null ? UNMAPPED : storedLane;
    }
}
