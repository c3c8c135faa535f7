package org.vigil.core.cascade;

import java.util.Objects;

/** Something defenders do, applied on top of a cascade run to ask "what if". */
public sealed interface Mitigation {

    /** The asset the mitigation acts on. */
    String assetId();

    /**
     * Containment: from {@code atMinute} on, no impact arrives into the asset. What reached it
     * before stays, and it keeps passing that on; isolating an asset before the attack gets there
     * spares it and everything that only depends on it through it.
     */
    record Isolate(String assetId, double atMinute) implements Mitigation {
        public Isolate {
            Objects.requireNonNull(assetId, "assetId");
            requireTime(atMinute);
        }
    }

    /**
     * From {@code atMinute} on, {@code alternativeId} also serves {@code assetId} in place of
     * {@code supplierId}: a dependency from the alternative, with the parameters of the existing
     * dependency from the supplier, joins that dependency's redundancy group (or forms one with
     * it), so the asset is hit only if both fail. Before the switch the supplier's dependency acts
     * as it always did.
     */
    record RedundantSupplier(String assetId, String supplierId, String alternativeId, double atMinute)
            implements Mitigation {
        public RedundantSupplier {
            Objects.requireNonNull(assetId, "assetId");
            Objects.requireNonNull(supplierId, "supplierId");
            Objects.requireNonNull(alternativeId, "alternativeId");
            requireTime(atMinute);
        }
    }

    /**
     * A manual workaround: {@code activationDelayMinutes} after the asset is first hit, its impact
     * is capped at {@code residualLevel}. The cap is the asset's own: its dependents were hit
     * before the fallback took over and keep the level that reached them.
     */
    record ManualFallback(String assetId, double activationDelayMinutes, double residualLevel) implements Mitigation {
        public ManualFallback {
            Objects.requireNonNull(assetId, "assetId");
            if (!(activationDelayMinutes >= 0 && activationDelayMinutes < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("activation delay must be finite and >= 0");
            }
            if (!(residualLevel >= 0 && residualLevel <= 1)) {
                throw new IllegalArgumentException("residual level must lie in [0, 1]: " + residualLevel);
            }
        }
    }

    /**
     * The asset works again from {@code atMinute}: its impact is 0 from then on, and what it
     * passed on ends after each dependency's delay. A dependent recovers once everything that
     * hit it has ended; assets that keep each other down in a cycle need one of them restored.
     */
    record Restore(String assetId, double atMinute) implements Mitigation {
        public Restore {
            Objects.requireNonNull(assetId, "assetId");
            requireTime(atMinute);
        }
    }

    private static void requireTime(double minute) {
        if (!Double.isFinite(minute)) {
            throw new IllegalArgumentException("a mitigation's time must be finite: " + minute);
        }
    }
}
