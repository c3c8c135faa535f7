package org.vigil.game.fakeshop;

import java.time.Duration;
import java.util.List;
import org.vigil.game.round.Judged;

/**
 * What the player learns right after a verdict: whether it was right, every sign found or missed
 * with its explanation, what was sound and why, which flagged parts held nothing suspicious, and the
 * points earned (never negative: mistakes cost nothing but the chance to earn).
 */
public record ShopFeedback(
        ShopItem item,
        ShopVerdict verdict,
        boolean correct,
        Duration time,
        List<CueResult> cues,
        List<ShopTrustNote> trustNotes,
        List<Integer> needlessFlags,
        int points)
        implements Judged {

    public ShopFeedback {
        cues = List.copyOf(cues);
        trustNotes = List.copyOf(trustNotes);
        needlessFlags = List.copyOf(needlessFlags);
    }

    public long found() {
        return cues.stream().filter(CueResult::found).count();
    }

    /** A legitimate item distrusted. */
    public boolean falsePositive() {
        return !item.malicious() && verdict.distrusted();
    }

    /** A malicious item trusted. */
    public boolean miss() {
        return item.malicious() && !verdict.distrusted();
    }
}
