package org.vigil.game.call;

import java.util.ArrayList;
import java.util.List;
import org.vigil.content.call.CallOutcome;
import org.vigil.content.call.PhoneCall;
import org.vigil.game.round.RoundWords;
import org.vigil.i18n.Messages;

/**
 * The words of the round in the player's language, for the screen and for the narration screen
 * readers read: the game's own words come from the {@code call} bundle, the calls' words from the
 * content.
 */
public final class CallNarrator {

    private final Messages messages;
    private final RoundWords words;

    public CallNarrator(Messages messages) {
        this.messages = messages;
        this.words = new RoundWords(messages, "game.call");
    }

    public String text(String key, Object... args) {
        return words.text(key, args);
    }

    public String position(CallRound round) {
        return words.position(round.position(), round.size());
    }

    public String score(CallRound round) {
        return words.score(round.score(), round.maxScore());
    }

    public String cueName(String cue) {
        return messages.text("game.call.cue." + cue);
    }

    /** The choice at a place, as its button and the narration say it. */
    public String choice(CallRound round, int index) {
        if (round.phase() == CallRound.Phase.HUNG_UP) {
            return messages.text(
                    "game.call.after." + round.afterChoices().get(index).name());
        }
        return round.current().reply(round.replies().get(index).id());
    }

    /** A transcript line with who said it. */
    public String turn(PhoneCall call, Turn turn) {
        return switch (turn.speaker()) {
            case CALLER -> messages.text("game.call.says", call.texts().caller(), turn.text());
            case PLAYER -> messages.text("game.call.says", messages.text("game.call.you"), turn.text());
            case EVENT -> messages.text("game.call.event." + turn.text());
        };
    }

    /**
     * A new call, read out whole: the round's introduction before the first, where it is in the round,
     * who is calling, the reply limit if any, the caller's first line and the replies.
     */
    public String ring(CallRound round) {
        PhoneCall call = round.current();
        StringBuilder text = new StringBuilder();
        if (round.position() == 0) {
            text.append(messages.text("game.call.intro")).append('\n');
        }
        text.append(position(round))
                .append(". ")
                .append(messages.text(
                        "game.call.incoming",
                        call.texts().caller(),
                        call.texts().number(),
                        call.script().time()))
                .append('\n');
        round.replyLimit()
                .ifPresent(limit -> text.append(messages.text("game.call.narration.limit", limit.toSeconds()))
                        .append('\n'));
        return text.append(turnPrompt(round)).toString();
    }

    /** The caller's latest line and the replies on offer, or the choices after hanging up. */
    public String turnPrompt(CallRound round) {
        List<Turn> transcript = round.transcript();
        StringBuilder text =
                new StringBuilder(turn(round.current(), transcript.get(transcript.size() - 1))).append('\n');
        if (round.phase() == CallRound.Phase.HUNG_UP) {
            text.append(messages.text("game.call.after.prompt")).append('\n');
        } else {
            text.append(messages.text("game.call.narration.choices")).append('\n');
        }
        for (int i = 0; i < round.choiceCount(); i++) {
            text.append(messages.text("game.call.narration.choice", i + 1, choice(round, i)))
                    .append('\n');
        }
        text.append(
                messages.text(round.phase() == CallRound.Phase.HUNG_UP ? "game.call.help.after" : "game.call.help"));
        return text.toString();
    }

    public String selected(CallRound round) {
        return messages.text(
                "game.call.narration.selected",
                round.selected() + 1,
                round.choiceCount(),
                choice(round, round.selected()));
    }

    /** The verdict's headline: safe or not, and what the caller really was. */
    public String headline(CallFeedback feedback) {
        String truth = feedback.call().script().malicious() ? "Malicious" : "Genuine";
        return words.headline(feedback.correct(), truth);
    }

    /** What the end meant: the content's words for its own ends, the bundle's after a hang-up or time-out. */
    public String endNote(CallFeedback feedback) {
        PhoneCall call = feedback.call();
        return feedback.end()
                .map(call::endText)
                .orElseGet(() -> messages.text("game.call.note."
                        + feedback.outcome().name() + "." + (call.script().malicious() ? "malicious" : "genuine")));
    }

    /** Every line of the feedback: headline, how it ended, what it cost, each cue with why, the safe move. */
    public List<String> feedback(CallFeedback feedback) {
        PhoneCall call = feedback.call();
        List<String> lines = new ArrayList<>();
        lines.add(headline(feedback));
        lines.add(messages.text(
                "game.call.feedback.outcome",
                messages.text("game.call.outcome." + feedback.outcome().name())));
        lines.add(endNote(feedback));
        feedback.disclosure()
                .ifPresent(d -> lines.add(messages.text(
                        "game.call.feedback.disclosed", messages.text("game.call.disclosed." + d.name()))));
        lines.add(words.points(feedback));
        if (!feedback.cues().isEmpty()) {
            lines.add(messages.text(
                    "game.call.feedback.found",
                    feedback.actedOn(),
                    feedback.cues().size()));
        }
        for (CueResult cue : feedback.cues()) {
            lines.add(words.cue(cue.actedOn(), cueName(cue.cue()), cue.explanation()));
        }
        call.texts().sound().forEach(note -> lines.add(messages.text("game.call.feedback.sound", note)));
        lines.add(messages.text("game.call.feedback.safeMove", call.texts().safeMove()));
        lines.add(messages.text("game.call.feedback.next"));
        return lines;
    }

    /** The end of the round: score, safe ends, false alarms and misses. */
    public List<String> end(CallRound round) {
        return words.end(round.ended(), round.score(), round.maxScore(), "safe");
    }

    /** Every text the round may show, so the fonts hold each of its characters. */
    public String glyphs(CallRound round) {
        StringBuilder all = words.keyTexts("game.call.");
        for (int i = 0; i < round.size(); i++) {
            PhoneCall call = round.call(i);
            all.append(call.texts().caller())
                    .append(call.texts().number())
                    .append(call.texts().safeMove());
            call.texts().lines().values().forEach(all::append);
            call.texts().replies().values().forEach(all::append);
            call.texts().ends().values().forEach(all::append);
            call.texts().cues().values().forEach(all::append);
            call.texts().sound().forEach(all::append);
        }
        return all.toString();
    }

    /** The outcome's name, for tests and the painter's badge. */
    public String outcomeName(CallOutcome outcome) {
        return messages.text("game.call.outcome." + outcome.name());
    }
}
