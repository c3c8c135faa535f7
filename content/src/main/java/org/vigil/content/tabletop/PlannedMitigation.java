package org.vigil.content.tabletop;

import java.util.Objects;
import java.util.Optional;

/**
 * A mitigation as the content plans it, on the exercise clock. The game turns it into the engine's
 * {@code Mitigation} against the run so far: a manual fallback's minute becomes a delay after the
 * asset's onset, and a mitigation that {@code requiresIntact} an asset (a restore from backups) is
 * applied only if the run has not reached that asset by the mitigation's minute.
 *
 * @param residual the manual fallback's residual impact level, 0 for the other kinds
 * @param supplierId the supplier a redundant supplier stands in for, empty for the other kinds
 * @param alternativeId the redundant supplier, empty for the other kinds
 */
public record PlannedMitigation(
        MitigationKind kind,
        String assetId,
        double minute,
        double residual,
        String supplierId,
        String alternativeId,
        Optional<String> requiresIntact) {

    public PlannedMitigation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(supplierId, "supplierId");
        Objects.requireNonNull(alternativeId, "alternativeId");
        Objects.requireNonNull(requiresIntact, "requiresIntact");
    }
}
