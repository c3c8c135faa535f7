package org.vigil.game.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigil.i18n.Messages;

/**
 * The words every module's narrator says the same way, under its own keys ({@code area} is the key
 * prefix such as {@code game.inbox}): where the round is, the score, the headline and the cue lines of
 * the feedback, the end of the round, and the texts the fonts must hold.
 */
public final class RoundWords {

    private final Messages messages;
    private final String area;

    public RoundWords(Messages messages, String area) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.area = Objects.requireNonNull(area, "area");
    }

    public String text(String key, Object... args) {
        return messages.text(key, args);
    }

    /** "Email 2 of 6", from a position counted from 0. */
    public String position(int position, int size) {
        return messages.text(area + ".position", position + 1, size);
    }

    public String score(int score, int maxScore) {
        return messages.text(area + ".score", score, maxScore);
    }

    /** Right or wrong, and what the item really was: {@code area.feedback.right<Truth>}. */
    public String headline(boolean correct, String truth) {
        return messages.text(area + (correct ? ".feedback.right" : ".feedback.wrong") + truth);
    }

    public String points(Judged feedback) {
        return messages.text(area + ".feedback.points", feedback.points());
    }

    /** A cue found or missed, with its name and why it mattered. */
    public String cue(boolean found, String name, String explanation) {
        return cue("cue", found, name, explanation);
    }

    /** The same under the module's own word for a cue: {@code area.feedback.<word>Found} or {@code Missed}. */
    public String cue(String word, boolean found, String name, String explanation) {
        return messages.text(area + ".feedback." + word + (found ? "Found" : "Missed"), name, explanation);
    }

    /**
     * The end of the round: its title, the score, the right answers ({@code area.end.<rightKey>}) and
     * the mistakes of both kinds, then any lines of the module's own.
     */
    public List<String> end(List<? extends Judged> judged, int score, int maxScore, String rightKey, String... more) {
        long right = judged.stream().filter(Judged::correct).count();
        long falseAlarms = judged.stream().filter(Judged::falsePositive).count();
        long misses = judged.stream().filter(Judged::miss).count();
        List<String> lines = new ArrayList<>(List.of(
                messages.text(area + ".end.title"),
                messages.text(area + ".end.score", score, maxScore),
                messages.text(area + ".end." + rightKey, right, judged.size()),
                messages.text(area + ".end.mistakes", falseAlarms, misses)));
        lines.addAll(List.of(more));
        return List.copyOf(lines);
    }

    /** Every message under the given key prefixes, for the glyphs the fonts must hold. */
    public StringBuilder keyTexts(String... prefixes) {
        StringBuilder all = new StringBuilder();
        messages.keys().stream()
                .filter(key -> List.of(prefixes).stream().anyMatch(key::startsWith))
                .forEach(key -> all.append(messages.text(key)));
        return all;
    }
}
