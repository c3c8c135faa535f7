package org.vigil.game.fakeshop;

import java.util.ArrayList;
import java.util.List;
import org.vigil.game.round.RoundWords;
import org.vigil.i18n.Messages;

/**
 * The words of the round, in the player's language: what the screen shows and what the narration
 * tells screen readers. Keys live in the {@code game} bundle; cue and clause names are the Content
 * area's.
 */
public final class ShopNarrator {

    private final Messages messages;
    private final RoundWords words;

    public ShopNarrator(Messages messages) {
        this.messages = messages;
        this.words = new RoundWords(messages, "game.fakeshop");
    }

    public String text(String key, Object... args) {
        return words.text(key, args);
    }

    public String partName(ShopPartKind kind) {
        return messages.text("game.fakeshop.part." + kind.name());
    }

    public String kindName(ShopItemKind kind) {
        return messages.text("game.fakeshop.kind." + kind.name());
    }

    /** A part as a line: "Address: ...". */
    public String part(ShopPart part) {
        return partName(part.kind()) + ": " + part.text().replace('\n', ' ');
    }

    public String position(ShopRound round) {
        return words.position(round.position(), round.size());
    }

    public String score(ShopRound round) {
        return words.score(round.score(), round.maxScore());
    }

    /** A new item, read out whole: where it is in the round, what it is, then every part. */
    public String item(ShopRound round) {
        StringBuilder text = new StringBuilder(position(round))
                .append(". ")
                .append(kindName(round.current().kind()))
                .append('\n');
        round.current().parts().forEach(p -> text.append(part(p)).append('\n'));
        text.append(messages.text("game.fakeshop.help"));
        return text.toString();
    }

    /** The focused part, where it is, and whether it is flagged. */
    public String focused(ShopRound round) {
        int index = round.focusedPart();
        String line = messages.text(
                "game.fakeshop.narration.part",
                index + 1,
                round.current().parts().size(),
                part(round.current().parts().get(index)));
        return round.isFlagged(index) ? line + " " + messages.text("game.fakeshop.flagged") : line;
    }

    /** The verdict's headline: right or not, and what the item really was. */
    public String headline(ShopFeedback feedback) {
        String truth = feedback.item().malicious() ? "Malicious" : "Legitimate";
        return words.headline(feedback.correct(), truth);
    }

    /** Every line of the feedback: headline, points, each sign found or missed with why, what is sound. */
    public List<String> feedback(ShopFeedback feedback) {
        List<String> lines = new ArrayList<>();
        lines.add(headline(feedback));
        lines.add(words.points(feedback));
        if (feedback.item().malicious()) {
            lines.add(messages.text(
                    "game.fakeshop.feedback.found",
                    feedback.found(),
                    feedback.cues().size()));
        }
        for (CueResult cue : feedback.cues()) {
            lines.add(words.cue(
                    cue.found(), messages.text(cue.cue().nameKey()), cue.cue().explanation()));
        }
        feedback.trustNotes()
                .forEach(note -> lines.add(messages.text("game.fakeshop.feedback.sound", note.explanation())));
        if (!feedback.needlessFlags().isEmpty()) {
            lines.add(messages.text(
                    "game.fakeshop.feedback.needless", feedback.needlessFlags().size()));
        }
        lines.add(messages.text("game.fakeshop.feedback.next"));
        return lines;
    }

    /** Every text the round may show, so the fonts hold each of its characters. */
    public String glyphs(ShopRound round) {
        StringBuilder all = words.keyTexts("game.", "content.cue.", "content.clause.");
        for (int i = 0; i < round.size(); i++) {
            ShopItem item = round.item(i);
            item.parts().forEach(p -> all.append(p.text()));
            item.cues().forEach(c -> all.append(c.explanation()));
            item.trustNotes().forEach(n -> all.append(n.explanation()));
        }
        return all.toString();
    }

    /** The end of the round: score and what went right and wrong. */
    public List<String> end(ShopRound round) {
        return words.end(round.judged(), round.score(), round.maxScore(), "verdicts");
    }
}
