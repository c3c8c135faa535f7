package org.vigil.game.call;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.vigil.content.call.CallOutcome;
import org.vigil.content.call.Disclosure;
import org.vigil.content.call.PhoneCall;
import org.vigil.game.round.Judged;

/**
 * How one call went: how it ended ({@code end} names the content's end, empty after a hang-up or a
 * time-out, whose words the narrator has), what it gave away, whether that was a safe way out, the
 * time taken, every cue acted on or missed, and the points earned.
 */
public record CallFeedback(
        PhoneCall call,
        CallOutcome outcome,
        Optional<String> end,
        Optional<Disclosure> disclosure,
        boolean correct,
        Duration time,
        List<CueResult> cues,
        int points)
        implements Judged {

    public CallFeedback {
        cues = List.copyOf(cues);
    }

    public long actedOn() {
        return cues.stream().filter(CueResult::actedOn).count();
    }

    /** A genuine caller treated as an attacker, or left without the call back. */
    public boolean falsePositive() {
        return !call.script().malicious() && !correct;
    }

    /** An impostor who got what they wanted, or whom the player never answered. */
    public boolean miss() {
        return call.script().malicious() && !correct;
    }
}
