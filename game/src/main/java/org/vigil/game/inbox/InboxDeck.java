package org.vigil.game.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.vigil.content.awareness.AwarenessLibrary;
import org.vigil.content.awareness.EmailTemplate;
import org.vigil.core.training.Difficulty;
import org.vigil.game.round.DifficultyBands;
import org.vigil.game.round.Draw;

/**
 * Chooses a round's emails from the awareness library: phishing emails by their NIST Phish Scale
 * difficulty (the level's own band first, then the nearest ones when it runs short), mixed with
 * legitimate look-alikes so that false positives are measured too, in a shuffled order.
 */
public final class InboxDeck {

    public static final int PHISHING_PER_ROUND = 4;
    public static final int LEGITIMATE_PER_ROUND = 2;

    private final AwarenessLibrary library;

    public InboxDeck(AwarenessLibrary library) {
        this.library = library;
    }

    /** The round's emails; {@code random} decides the draw and the order, so a seed repeats a round. */
    public List<EmailTemplate> deal(Difficulty difficulty, Random random) {
        List<EmailTemplate> round = new ArrayList<>(Draw.byBands(
                DifficultyBands.phishScale(difficulty),
                band -> library.emails().stream()
                        .filter(e -> e.verdict().isHarmful())
                        .filter(e -> e.difficulty().orElse(null) == band)
                        .toList(),
                PHISHING_PER_ROUND,
                random));
        round.addAll(Draw.some(
                library.emails().stream().filter(e -> !e.verdict().isHarmful()).toList(),
                LEGITIMATE_PER_ROUND,
                random));
        return Draw.shuffled(round, random);
    }

    /** Named emails in the given order, for repeatable rounds (tests, the launcher's script mode). */
    public List<EmailTemplate> named(List<String> ids) {
        return Draw.named(ids, library::email, "email");
    }

    /** How long the player has for each email: less as the level rises. */
    public static java.time.Duration timePerEmail(Difficulty difficulty) {
        return switch (difficulty) {
            case EASY -> java.time.Duration.ofSeconds(90);
            case MEDIUM -> java.time.Duration.ofSeconds(75);
            case HARD -> java.time.Duration.ofSeconds(60);
        };
    }
}
