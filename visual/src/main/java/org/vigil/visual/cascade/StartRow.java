package org.vigil.visual.cascade;

import java.util.Objects;
import org.vigil.core.cascade.StartState;

/** One start asset as the panel lists it, with its state and start minute. */
public record StartRow(String assetId, StartState state, double minute) {

    public StartRow {
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(state, "state");
    }
}
