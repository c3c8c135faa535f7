package org.vigil.content.tabletop;

/** The cascade engine's mitigations an option can stand for. */
public enum MitigationKind {
    /** No impact reaches the asset from the minute on. */
    ISOLATE,
    /** The asset works again from the minute on. */
    RESTORE,
    /** From the minute on, the asset's impact is capped at a residual level (a manual workaround). */
    MANUAL_FALLBACK,
    /** From the minute on, an alternative supplier also serves the asset. */
    REDUNDANT_SUPPLIER
}
