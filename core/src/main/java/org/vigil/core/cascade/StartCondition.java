package org.vigil.core.cascade;

import java.util.Objects;

/**
 * An asset that is hit at the start of a cascade: in {@code state} from {@code startMinute}
 * (minutes after the cascade's reference time) on, with likelihood 1.
 */
public record StartCondition(String assetId, StartState state, double startMinute) {
    public StartCondition {
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(state, "state");
        if (!Double.isFinite(startMinute)) {
            throw new IllegalArgumentException("start minute must be finite: " + startMinute);
        }
    }

    public static StartCondition failed(String assetId, double startMinute) {
        return new StartCondition(assetId, StartState.FAILED, startMinute);
    }

    public static StartCondition compromised(String assetId, double startMinute) {
        return new StartCondition(assetId, StartState.COMPROMISED, startMinute);
    }

    public static StartCondition degraded(String assetId, double startMinute) {
        return new StartCondition(assetId, StartState.DEGRADED, startMinute);
    }
}
