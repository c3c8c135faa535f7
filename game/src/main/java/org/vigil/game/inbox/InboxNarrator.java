package org.vigil.game.inbox;

import java.util.ArrayList;
import java.util.List;
import org.vigil.game.round.RoundWords;
import org.vigil.i18n.Messages;

/**
 * The words of the round, in the player's language: what the screen shows and what the narration
 * tells screen readers. Keys live in the {@code game} bundle; cue names are the Content area's.
 */
public final class InboxNarrator {

    private final Messages messages;
    private final RoundWords words;

    public InboxNarrator(Messages messages) {
        this.messages = messages;
        this.words = new RoundWords(messages, "game.inbox");
    }

    public String text(String key, Object... args) {
        return words.text(key, args);
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
        return words.position(round.position(), round.size());
    }

    public String score(InboxRound round) {
        return words.score(round.score(), round.maxScore());
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
        return words.headline(feedback.correct(), truth);
    }

    /** Every line of the feedback: headline, points, each red flag found or missed with why, trust notes. */
    public List<String> feedback(EmailFeedback feedback) {
        List<String> lines = new ArrayList<>();
        lines.add(headline(feedback));
        lines.add(words.points(feedback));
        if (feedback.email().phishing()) {
            lines.add(messages.text(
                    "game.inbox.feedback.found",
                    feedback.found(),
                    feedback.clues().size()));
        }
        for (ClueResult clue : feedback.clues()) {
            lines.add(words.cue(
                    "clue",
                    clue.found(),
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
        StringBuilder all = words.keyTexts("game.", "content.cue.");
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
        return words.end(round.judged(), round.score(), round.maxScore(), "verdicts");
    }
}
