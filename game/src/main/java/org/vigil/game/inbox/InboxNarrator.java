package org.vigil.game.inbox;

import java.util.ArrayList;
import java.util.List;
import org.vigil.i18n.Messages;

/**
 * The words of the round, in the player's language: what the screen shows and what the narration
 * tells screen readers. Keys live in the {@code game} bundle; cue names are the Content area's.
 */
public final class InboxNarrator {

    private final Messages messages;

    public InboxNarrator(Messages messages) {
        this.messages = messages;
    }

    public String text(String key, Object... args) {
        return messages.text(key, args);
    }

    public String partName(PartKind kind) {
        return messages.text("game.inbox.part." + kind.name());
    }

    /** A part as a line: "From: ..." or, for a link, its text and the address it leads to. */
    public String part(EmailPart part) {
        String shown = part.target()
                .filter(target -> !target.equals(part.text()))
                .map(target -> messages.text("game.inbox.link", part.text(), target))
                .orElse(part.text());
        return partName(part.kind()) + ": " + shown;
    }

    public String position(InboxRound round) {
        return messages.text("game.inbox.position", round.position() + 1, round.size());
    }

    public String score(InboxRound round) {
        return messages.text("game.inbox.score", round.score(), round.maxScore());
    }

    public String timeLeft(InboxRound round) {
        long seconds = (round.timeLeft().toMillis() + 999) / 1000;
        return messages.text("game.inbox.timeLeft", seconds / 60, String.format("%02d", seconds % 60));
    }

    /** A new email, read out whole: where it is in the round, then every part. */
    public String email(InboxRound round) {
        StringBuilder text = new StringBuilder(position(round)).append('\n');
        round.current().parts().forEach(p -> text.append(part(p)).append('\n'));
        text.append(messages.text("game.inbox.help"));
        return text.toString();
    }

    /** The focused part, where it is, and whether it is flagged. */
    public String focused(InboxRound round) {
        int index = round.focusedPart();
        String line = messages.text(
                "game.inbox.narration.part",
                index + 1,
                round.current().parts().size(),
                part(round.current().parts().get(index)));
        return round.isFlagged(index) ? line + " " + messages.text("game.inbox.flagged") : line;
    }

    /** The verdict's headline: right or not, and what the email really was. */
    public String headline(EmailFeedback feedback) {
        if (feedback.answer() == Answer.TIMED_OUT && !feedback.correct()) {
            return messages.text("game.inbox.feedback.timedOut");
        }
        String truth = feedback.email().phishing() ? "Phishing" : "Legitimate";
        return messages.text((feedback.correct() ? "game.inbox.feedback.right" : "game.inbox.feedback.wrong") + truth);
    }

    /** Every line of the feedback: headline, points, each red flag found or missed with why, trust notes. */
    public List<String> feedback(EmailFeedback feedback) {
        List<String> lines = new ArrayList<>();
        lines.add(headline(feedback));
        lines.add(messages.text("game.inbox.feedback.points", feedback.points()));
        if (feedback.email().phishing()) {
            lines.add(messages.text(
                    "game.inbox.feedback.found",
                    feedback.found(),
                    feedback.clues().size()));
        }
        for (ClueResult clue : feedback.clues()) {
            lines.add(messages.text(
                    clue.found() ? "game.inbox.feedback.clueFound" : "game.inbox.feedback.clueMissed",
                    messages.text("content.cue." + clue.clue().cue().name()),
                    clue.clue().explanation()));
        }
        feedback.trustNotes()
                .forEach(note -> lines.add(messages.text("game.inbox.feedback.trust", note.explanation())));
        if (!feedback.needlessFlags().isEmpty()) {
            lines.add(messages.text(
                    "game.inbox.feedback.needless", feedback.needlessFlags().size()));
        }
        lines.add(messages.text("game.inbox.feedback.next"));
        return lines;
    }

    /** Every text the round may show, so the fonts hold each of its characters. */
    public String glyphs(InboxRound round) {
        StringBuilder all = new StringBuilder();
        messages.keys().stream()
                .filter(key -> key.startsWith("game.") || key.startsWith("content.cue."))
                .forEach(key -> all.append(messages.text(key)));
        for (int i = 0; i < round.size(); i++) {
            round.email(i)
                    .parts()
                    .forEach(p -> all.append(p.text()).append(p.target().orElse("")));
            round.email(i).clues().forEach(c -> all.append(c.explanation()));
            round.email(i).trustNotes().forEach(n -> all.append(n.explanation()));
        }
        return all.toString();
    }

    /** The end of the round: score and what went right and wrong. */
    public List<String> end(InboxRound round) {
        List<EmailFeedback> judged = round.judged();
        long right = judged.stream().filter(EmailFeedback::correct).count();
        long falseAlarms = judged.stream().filter(EmailFeedback::falsePositive).count();
        long misses = judged.stream().filter(EmailFeedback::miss).count();
        return List.of(
                messages.text("game.inbox.end.title"),
                messages.text("game.inbox.end.score", round.score(), round.maxScore()),
                messages.text("game.inbox.end.verdicts", right, judged.size()),
                messages.text("game.inbox.end.mistakes", falseAlarms, misses));
    }
}
