package org.vigil.game.inbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.vigil.content.awareness.AwarenessLibrary;
import org.vigil.content.awareness.EmailTemplate;
import org.vigil.core.training.Difficulty;

/**
 * Chooses a round's emails from the awareness library: phishing emails by their NIST Phish Scale
 * difficulty (the level's own band first, then the nearest ones when it runs short), mixed with
 * legitimate look-alikes so that false positives are measured too, in a shuffled order.
 */
public final class InboxDeck {

    public static final int PHISHING_PER_ROUND = 4;
    public static final int LEGITIMATE_PER_ROUND = 2;

    private static final Map<Difficulty, List<org.vigil.content.awareness.Difficulty>> BANDS = Map.of(
            Difficulty.EASY,
            List.of(
                    org.vigil.content.awareness.Difficulty.LEAST_DIFFICULT,
                    org.vigil.content.awareness.Difficulty.MODERATELY_DIFFICULT,
                    org.vigil.content.awareness.Difficulty.VERY_DIFFICULT),
            Difficulty.MEDIUM,
            List.of(
                    org.vigil.content.awareness.Difficulty.MODERATELY_DIFFICULT,
                    org.vigil.content.awareness.Difficulty.VERY_DIFFICULT,
                    org.vigil.content.awareness.Difficulty.LEAST_DIFFICULT),
            Difficulty.HARD,
            List.of(
                    org.vigil.content.awareness.Difficulty.VERY_DIFFICULT,
                    org.vigil.content.awareness.Difficulty.MODERATELY_DIFFICULT,
                    org.vigil.content.awareness.Difficulty.LEAST_DIFFICULT));

    private final AwarenessLibrary library;

    public InboxDeck(AwarenessLibrary library) {
        this.library = library;
    }

    /** The round's emails; {@code random} decides the draw and the order, so a seed repeats a round. */
    public List<EmailTemplate> deal(Difficulty difficulty, Random random) {
        List<EmailTemplate> phishing = new ArrayList<>();
        for (org.vigil.content.awareness.Difficulty band : BANDS.get(difficulty)) {
            List<EmailTemplate> inBand = new ArrayList<>(library.emails().stream()
                    .filter(e -> e.verdict().isHarmful())
                    .filter(e -> e.difficulty().orElse(null) == band)
                    .toList());
            Collections.shuffle(inBand, random);
            inBand.stream().limit(PHISHING_PER_ROUND - phishing.size()).forEach(phishing::add);
        }
        List<EmailTemplate> legitimate = new ArrayList<>(
                library.emails().stream().filter(e -> !e.verdict().isHarmful()).toList());
        Collections.shuffle(legitimate, random);
        List<EmailTemplate> round = new ArrayList<>(phishing);
        legitimate.stream().limit(LEGITIMATE_PER_ROUND).forEach(round::add);
        Collections.shuffle(round, random);
        return List.copyOf(round);
    }

    /** Named emails in the given order, for repeatable rounds (tests, the launcher's script mode). */
    public List<EmailTemplate> named(List<String> ids) {
        return ids.stream()
                .map(id -> library.email(id).orElseThrow(() -> new IllegalArgumentException("no email " + id)))
                .toList();
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
