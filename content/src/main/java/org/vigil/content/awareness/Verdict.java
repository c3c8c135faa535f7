package org.vigil.content.awareness;

/**
 * What a reader should conclude about an item: emails, pages and posts are phishing or
 * legitimate; terms and their clauses are fair or abusive.
 */
public enum Verdict {
    PHISHING,
    LEGITIMATE,
    FAIR,
    ABUSIVE;

    /** Whether the reader should be warned off: phishing or abusive. */
    public boolean isHarmful() {
        return this == PHISHING || this == ABUSIVE;
    }
}
