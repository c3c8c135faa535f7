package org.vigil.game.inbox;

import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.ItemOutcome;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.round.FlaggedParts;
import org.vigil.game.round.Focus;
import org.vigil.game.round.RoundClock;
import org.vigil.game.round.RoundItems;
import org.vigil.game.round.RoundLedger;
import org.vigil.game.round.Scoring;

/**
 * The rules of one Inbox Triage round, free of any toolkit: emails come one at a time, each with its
 * own time; the player moves between its parts, flags the suspicious ones and gives a verdict, then
 * reads the feedback and goes on. Scoring is non-punitive: {@value #VERDICT_POINTS} points for a
 * right verdict and {@value #CUE_POINTS} for each red flag found, nothing taken away for mistakes.
 * Not thread-safe: the game drives it from its one loop thread.
 */
public final class InboxRound {

    public static final int VERDICT_POINTS = 10;
    public static final int CUE_POINTS = 5;

    /** Where the round is: reading an email, reading the feedback on it, or done. */
    public enum Phase {
        READING,
        FEEDBACK,
        FINISHED
    }

    private static final Scoring SCORING = new Scoring(VERDICT_POINTS, CUE_POINTS);

    private final RoundItems<InboxEmail> emails;
    private final Duration timePerEmail;
    private final RoundClock clock;
    private final RoundLedger<EmailFeedback> ledger =
            new RoundLedger<>(TrainingModule.INBOX_TRIAGE, InboxRound::outcome);
    private final FlaggedParts flagged = new FlaggedParts();
    private final Focus focus = new Focus();
    private Phase phase;

    public InboxRound(List<InboxEmail> emails, Duration timePerEmail, InstantSource clock) {
        this.emails = new RoundItems<>(emails, "a round needs at least one email");
        if (timePerEmail.isNegative() || timePerEmail.isZero()) {
            throw new IllegalArgumentException("time per email must be positive: " + timePerEmail);
        }
        this.timePerEmail = timePerEmail;
        this.clock = new RoundClock(clock);
        this.phase = Phase.READING;
    }

    public Phase phase() {
        return phase;
    }

    public InboxEmail current() {
        return emails.current();
    }

    /** The round's email at a place, from 0. */
    public InboxEmail email(int index) {
        return emails.get(index);
    }

    /** The current email's place in the round, from 0. */
    public int position() {
        return emails.position();
    }

    public int size() {
        return emails.size();
    }

    public int focusedPart() {
        return focus.index();
    }

    public void focusNext() {
        focus.next(current().parts().size());
    }

    public void focusPrevious() {
        focus.previous(current().parts().size());
    }

    /** Focuses a part, as a click on it does. */
    public void focus(int part) {
        checkPart(part);
        focus.set(part);
    }

    public boolean isFlagged(int part) {
        return flagged.contains(part);
    }

    /** Flags the focused part as suspicious, or takes the flag back; only while reading. */
    public void toggleFlag() {
        if (phase == Phase.READING) {
            flagged.toggle(focus.index());
        }
    }

    /** The time left on the current email; zero once the verdict is in. */
    public Duration timeLeft() {
        return phase == Phase.READING ? clock.left(timePerEmail) : Duration.ZERO;
    }

    public Duration timePerEmail() {
        return timePerEmail;
    }

    /** Gives the verdict on the current email and returns its feedback; ignored unless reading. */
    public Optional<EmailFeedback> judge(Answer answer) {
        if (phase != Phase.READING) {
            return Optional.empty();
        }
        Duration spent = clock.sinceShown();
        if (answer != Answer.TIMED_OUT && spent.compareTo(timePerEmail) > 0) {
            answer = Answer.TIMED_OUT; // the verdict came after the email's time was up
        }
        if (answer == Answer.TIMED_OUT) {
            spent = timePerEmail;
        }
        EmailFeedback result = ledger.record(assess(current(), answer, spent));
        phase = Phase.FEEDBACK;
        return Optional.of(result);
    }

    /** Ends the current email if its time is up, as if it stayed unread in the inbox. */
    public Optional<EmailFeedback> expireIfDue() {
        if (phase == Phase.READING && timeLeft().isZero()) {
            return judge(Answer.TIMED_OUT);
        }
        return Optional.empty();
    }

    /** From the feedback to the next email, or to the end of the round after the last one. */
    public void next() {
        if (phase != Phase.FEEDBACK) {
            return;
        }
        flagged.clear();
        focus.reset();
        phase = emails.advance(clock) ? Phase.READING : Phase.FINISHED;
    }

    /** The feedback on the last email judged, while it is shown. */
    public Optional<EmailFeedback> feedback() {
        return phase == Phase.FEEDBACK ? Optional.of(ledger.last()) : Optional.empty();
    }

    public List<EmailFeedback> judged() {
        return ledger.all();
    }

    public int score() {
        return ledger.score();
    }

    /** The most a round of these emails can earn: every verdict right and every red flag found. */
    public int maxScore() {
        return emails.sum(e -> SCORING.most(e.clues().size()));
    }

    /** One outcome per judged email; cues are named by their NIST Phish Scale type, once per red flag. */
    public List<ItemOutcome> outcomes() {
        return ledger.outcomes();
    }

    /** The play as recorded; only once the round is finished. */
    public PlayResult result(String participant, Difficulty difficulty, String languageTag) {
        if (phase != Phase.FINISHED) {
            throw new IllegalStateException("the round is not finished");
        }
        return ledger.result(participant, difficulty, languageTag, clock, maxScore());
    }

    private EmailFeedback assess(InboxEmail email, Answer answer, Duration spent) {
        boolean correct = answer.reported() == email.phishing();
        List<ClueResult> clues = email.clues().stream()
                .map(clue -> new ClueResult(clue, flagged.findsAny(clue.parts())))
                .toList();
        List<Integer> needless =
                flagged.needless(email.clues().stream().map(InboxClue::parts).toList());
        int points =
                SCORING.points(correct, clues.stream().filter(ClueResult::found).count());
        return new EmailFeedback(email, answer, correct, spent, clues, email.trustNotes(), needless, points);
    }

    private static ItemOutcome outcome(EmailFeedback feedback) {
        return RoundLedger.outcome(
                feedback.email().id(),
                feedback.email().phishing(),
                feedback,
                feedback.clues(),
                ClueResult::found,
                c -> c.clue().cue().name());
    }

    private void checkPart(int part) {
        if (part < 0 || part >= current().parts().size()) {
            throw new IndexOutOfBoundsException(
                    "no part " + part + " in " + current().id());
        }
    }
}
