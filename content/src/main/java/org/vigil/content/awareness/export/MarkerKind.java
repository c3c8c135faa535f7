package org.vigil.content.awareness.export;

/**
 * What a marker on an item points out: a red flag of a lure, a trust signal of a genuine message,
 * or a note on a clause of terms that is abusive or fair.
 */
public enum MarkerKind {
    RED_FLAG,
    TRUST_SIGNAL,
    ABUSIVE_CLAUSE,
    FAIR_CLAUSE;

    /** Whether the reader should be warned: red flags and abusive clauses. */
    public boolean isWarning() {
        return this == RED_FLAG || this == ABUSIVE_CLAUSE;
    }
}
