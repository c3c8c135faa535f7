package org.vigil.game.inbox;

import java.time.Duration;
import java.util.List;
import org.vigil.game.round.Judged;

/**
 * What the player learns right after a verdict: whether it was right, every red flag found or missed
 * with its explanation, why a legitimate email was real, which flagged parts held nothing suspicious,
 * and the points earned (never negative: mistakes cost nothing but the chance to earn).
 */
public record EmailFeedback(
        InboxEmail email,
        Answer answer,
        boolean correct,
        Duration time,
        List<ClueResult> clues,
        List<TrustNote> trustNotes,
        List<Integer> needlessFlags,
        int points)
        implements Judged {

    public EmailFeedback {
        clues = List.copyOf(clues);
        trustNotes = List.copyOf(trustNotes);
        needlessFlags = List.copyOf(needlessFlags);
    }

    public long found() {
        return clues.stream().filter(ClueResult::found).count();
    }

    /** A legitimate email reported as phishing. */
    public boolean falsePositive() {
        return !email.phishing() && answer.reported();
    }

    /** A phishing email let through, by verdict or by running out of time. */
    public boolean miss() {
        return email.phishing() && !answer.reported();
    }
}
