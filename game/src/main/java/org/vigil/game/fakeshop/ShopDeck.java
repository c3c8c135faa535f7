package org.vigil.game.fakeshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.vigil.content.awareness.AttackTemplate;
import org.vigil.content.awareness.AwarenessLibrary;
import org.vigil.core.training.Difficulty;
import org.vigil.game.round.DifficultyBands;
import org.vigil.game.round.Draw;

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

    private final AwarenessLibrary library;

    public ShopDeck(AwarenessLibrary library) {
        this.library = library;
    }

    /** The round's items; {@code random} decides the draw and the order, so a seed repeats a round. */
    public List<AttackTemplate> deal(Difficulty difficulty, Random random) {
        List<AttackTemplate> round = new ArrayList<>(Draw.byBands(
                DifficultyBands.phishScale(difficulty),
                band -> all().filter(t -> t.verdict().isHarmful())
                        .filter(t -> rating(t) == band)
                        .toList(),
                MALICIOUS_PER_ROUND,
                random));
        round.addAll(Draw.some(legitimate(library.terms()), 1, random));
        round.addAll(Draw.some(legitimate(library.posts()), 1, random));
        return Draw.shuffled(round, random);
    }

    /** Named items in the given order, for repeatable rounds (tests, the launcher's script mode). */
    public List<AttackTemplate> named(List<String> ids) {
        return Draw.named(ids, id -> all().filter(t -> t.id().equals(id)).findFirst(), "page, terms or post");
    }

    /** The Phish Scale band an item is dealt in. */
    static org.vigil.content.awareness.Difficulty rating(AttackTemplate template) {
        return template.difficulty().orElse(UNRATED);
    }

    private Stream<AttackTemplate> all() {
        return library.templates().stream().filter(t -> t.type() != org.vigil.content.awareness.ItemType.EMAIL);
    }

    private static List<AttackTemplate> legitimate(List<? extends AttackTemplate> items) {
        return items.stream()
                .filter(t -> !t.verdict().isHarmful())
                .map(AttackTemplate.class::cast)
                .toList();
    }
}
