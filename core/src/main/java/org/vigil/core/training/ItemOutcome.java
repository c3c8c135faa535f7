package org.vigil.core.training;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the participant did on one item of a round (an email, a page, a decision): whether the verdict
 * was right, whether a legitimate item was taken for malicious (a false positive) or a malicious one
 * let through (a miss), how long it took, and which of its cues were found and which missed.
 */
public record ItemOutcome(
        String itemId,
        boolean malicious,
        boolean correct,
        Duration time,
        List<String> cuesFound,
        List<String> cuesMissed) {

    public ItemOutcome {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(time, "time");
        cuesFound = List.copyOf(cuesFound);
        cuesMissed = List.copyOf(cuesMissed);
        if (time.isNegative()) {
            throw new IllegalArgumentException("negative time on " + itemId);
        }
    }

    /** A legitimate item judged malicious. */
    public boolean falsePositive() {
        return !malicious && !correct;
    }

    /** A malicious item judged legitimate. */
    public boolean miss() {
        return malicious && !correct;
    }
}
