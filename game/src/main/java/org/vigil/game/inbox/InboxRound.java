package org.vigil.game.inbox;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.ItemOutcome;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.TrainingModule;

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

    private final List<InboxEmail> emails;
    private final Duration timePerEmail;
    private final InstantSource clock;
    private final Instant started;
    private final List<EmailFeedback> feedback = new ArrayList<>();
    private final TreeSet<Integer> flagged = new TreeSet<>();
    private int position;
    private int focus;
    private Instant shownAt;
    private Instant finished;
    private Phase phase;

    public InboxRound(List<InboxEmail> emails, Duration timePerEmail, InstantSource clock) {
        if (emails.isEmpty()) {
            throw new IllegalArgumentException("a round needs at least one email");
        }
        if (timePerEmail.isNegative() || timePerEmail.isZero()) {
            throw new IllegalArgumentException("time per email must be positive: " + timePerEmail);
        }
        this.emails = List.copyOf(emails);
        this.timePerEmail = timePerEmail;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.started = clock.instant();
        this.shownAt = started;
        this.phase = Phase.READING;
    }

    public Phase phase() {
        return phase;
    }

    public InboxEmail current() {
        return emails.get(position);
    }

    /** The round's email at a place, from 0. */
    public InboxEmail email(int index) {
        return emails.get(index);
    }

    /** The current email's place in the round, from 0. */
    public int position() {
        return position;
    }

    public int size() {
        return emails.size();
    }

    public int focusedPart() {
        return focus;
    }

    public void focusNext() {
        focus = (focus + 1) % current().parts().size();
    }

    public void focusPrevious() {
        int parts = current().parts().size();
        focus = (focus + parts - 1) % parts;
    }

    /** Focuses a part, as a click on it does. */
    public void focus(int part) {
        checkPart(part);
        focus = part;
    }

    public boolean isFlagged(int part) {
        return flagged.contains(part);
    }

    /** Flags the focused part as suspicious, or takes the flag back; only while reading. */
    public void toggleFlag() {
        if (phase != Phase.READING) {
            return;
        }
        if (!flagged.remove(focus)) {
            flagged.add(focus);
        }
    }

    /** The time left on the current email; zero once the verdict is in. */
    public Duration timeLeft() {
        if (phase != Phase.READING) {
            return Duration.ZERO;
        }
        Duration left = timePerEmail.minus(Duration.between(shownAt, clock.instant()));
        return left.isNegative() ? Duration.ZERO : left;
    }

    public Duration timePerEmail() {
        return timePerEmail;
    }

    /** Gives the verdict on the current email and returns its feedback; ignored unless reading. */
    public Optional<EmailFeedback> judge(Answer answer) {
        if (phase != Phase.READING) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Duration spent = Duration.between(shownAt, now);
        if (answer != Answer.TIMED_OUT && spent.compareTo(timePerEmail) > 0) {
            answer = Answer.TIMED_OUT; // the verdict came after the email's time was up
        }
        if (answer == Answer.TIMED_OUT) {
            spent = timePerEmail;
        }
        EmailFeedback result = assess(current(), answer, spent);
        feedback.add(result);
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
        focus = 0;
        if (position + 1 < emails.size()) {
            position++;
            shownAt = clock.instant();
            phase = Phase.READING;
        } else {
            finished = clock.instant();
            phase = Phase.FINISHED;
        }
    }

    /** The feedback on the last email judged, while it is shown. */
    public Optional<EmailFeedback> feedback() {
        return phase == Phase.FEEDBACK ? Optional.of(feedback.get(feedback.size() - 1)) : Optional.empty();
    }

    public List<EmailFeedback> judged() {
        return List.copyOf(feedback);
    }

    public int score() {
        return feedback.stream().mapToInt(EmailFeedback::points).sum();
    }

    /** The most a round of these emails can earn: every verdict right and every red flag found. */
    public int maxScore() {
        return emails.stream()
                .mapToInt(e -> VERDICT_POINTS + CUE_POINTS * e.clues().size())
                .sum();
    }

    /** One outcome per judged email; cues are named by their NIST Phish Scale type, once per red flag. */
    public List<ItemOutcome> outcomes() {
        return feedback.stream().map(InboxRound::outcome).toList();
    }

    /** The play as recorded; only once the round is finished. */
    public PlayResult result(String participant, Difficulty difficulty, String languageTag) {
        if (phase != Phase.FINISHED) {
            throw new IllegalStateException("the round is not finished");
        }
        return new PlayResult(
                participant,
                TrainingModule.INBOX_TRIAGE,
                difficulty,
                languageTag,
                started,
                finished,
                score(),
                maxScore(),
                outcomes());
    }

    private EmailFeedback assess(InboxEmail email, Answer answer, Duration spent) {
        boolean correct = answer.reported() == email.phishing();
        List<ClueResult> clues = email.clues().stream()
                .map(clue -> new ClueResult(clue, clue.parts().stream().anyMatch(flagged::contains)))
                .toList();
        List<Integer> needless = flagged.stream()
                .filter(part -> email.clues().stream().noneMatch(c -> c.parts().contains(part)))
                .toList();
        int found = (int) clues.stream().filter(ClueResult::found).count();
        int points = (correct ? VERDICT_POINTS : 0) + CUE_POINTS * found;
        return new EmailFeedback(email, answer, correct, spent, clues, email.trustNotes(), needless, points);
    }

    private static ItemOutcome outcome(EmailFeedback feedback) {
        return new ItemOutcome(
                feedback.email().id(),
                feedback.email().phishing(),
                feedback.correct(),
                feedback.time(),
                feedback.clues().stream()
                        .filter(ClueResult::found)
                        .map(c -> c.clue().cue().name())
                        .toList(),
                feedback.clues().stream()
                        .filter(c -> !c.found())
                        .map(c -> c.clue().cue().name())
                        .toList());
    }

    private void checkPart(int part) {
        if (part < 0 || part >= current().parts().size()) {
            throw new IndexOutOfBoundsException(
                    "no part " + part + " in " + current().id());
        }
    }
}
