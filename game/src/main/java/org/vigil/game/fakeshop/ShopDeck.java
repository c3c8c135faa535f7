package org.vigil.game.fakeshop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.vigil.content.awareness.AttackTemplate;
import org.vigil.content.awareness.AwarenessLibrary;
import org.vigil.core.training.Difficulty;

/**
 * Chooses a round's items from the awareness library: malicious pages, posts and abusive terms by
 * their NIST Phish Scale difficulty (the level's own band first, then the nearest ones when it runs
 * short), mixed with a fair set of terms and a legitimate post so that false positives are measured
 * too, in a shuffled order. Terms have no Phish Scale rating: abusive ones count as moderately
 * difficult, since their signs hide in ordinary legal wording.
 */
public final class ShopDeck {

    public static final int MALICIOUS_PER_ROUND = 4;

    private static final org.vigil.content.awareness.Difficulty UNRATED =
            org.vigil.content.awareness.Difficulty.MODERATELY_DIFFICULT;

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

    public ShopDeck(AwarenessLibrary library) {
        this.library = library;
    }

    /** The round's items; {@code random} decides the draw and the order, so a seed repeats a round. */
    public List<AttackTemplate> deal(Difficulty difficulty, Random random) {
        List<AttackTemplate> round = new ArrayList<>();
        for (org.vigil.content.awareness.Difficulty band : BANDS.get(difficulty)) {
            List<AttackTemplate> inBand =
                    new ArrayList<>(all().filter(t -> t.verdict().isHarmful())
                            .filter(t -> rating(t) == band)
                            .toList());
            Collections.shuffle(inBand, random);
            inBand.stream().limit(MALICIOUS_PER_ROUND - round.size()).forEach(round::add);
        }
        pickLegitimate(library.terms().stream().map(AttackTemplate.class::cast), random)
                .ifPresent(round::add);
        pickLegitimate(library.posts().stream().map(AttackTemplate.class::cast), random)
                .ifPresent(round::add);
        Collections.shuffle(round, random);
        return List.copyOf(round);
    }

    /** Named items in the given order, for repeatable rounds (tests, the launcher's script mode). */
    public List<AttackTemplate> named(List<String> ids) {
        return ids.stream()
                .map(id -> all().filter(t -> t.id().equals(id))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no page, terms or post " + id)))
                .toList();
    }

    /** The Phish Scale band an item is dealt in. */
    static org.vigil.content.awareness.Difficulty rating(AttackTemplate template) {
        return template.difficulty().orElse(UNRATED);
    }

    private Stream<AttackTemplate> all() {
        return library.templates().stream().filter(t -> t.type() != org.vigil.content.awareness.ItemType.EMAIL);
    }

    private static Optional<AttackTemplate> pickLegitimate(Stream<AttackTemplate> items, Random random) {
        List<AttackTemplate> legitimate =
                new ArrayList<>(items.filter(t -> !t.verdict().isHarmful()).toList());
        Collections.shuffle(legitimate, random);
        return legitimate.stream().findFirst();
    }
}
