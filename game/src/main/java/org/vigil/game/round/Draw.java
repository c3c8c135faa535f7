package org.vigil.game.round;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * How the decks deal: a few items drawn at random, bands of difficulty tried in turn, the round
 * shuffled, named items looked up. {@code random} decides every draw, so a seed repeats a round.
 */
public final class Draw {

    private Draw() {}

    /** Up to {@code count} of the candidates, at random. */
    public static <T> List<T> some(List<T> candidates, int count, Random random) {
        List<T> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
    }

    /**
     * Up to {@code count} items, band by band in the given order (the level's own first, then the
     * nearest) until the count is reached. Every band is shuffled even once the count is reached, so a
     * seed deals the same whatever the library holds.
     */
    public static <B, T> List<T> byBands(List<B> bands, Function<B, List<T>> inBand, int count, Random random) {
        List<T> drawn = new ArrayList<>();
        for (B band : bands) {
            drawn.addAll(some(inBand.apply(band), count - drawn.size(), random));
        }
        return drawn;
    }

    /** The round in a shuffled order. */
    public static <T> List<T> shuffled(List<T> round, Random random) {
        List<T> order = new ArrayList<>(round);
        Collections.shuffle(order, random);
        return List.copyOf(order);
    }

    /** Named items in the given order; a name the lookup lacks is refused as "no {what} {id}". */
    public static <T> List<T> named(List<String> ids, Function<String, Optional<T>> lookup, String what) {
        return ids.stream()
                .map(id -> lookup.apply(id).orElseThrow(() -> new IllegalArgumentException("no " + what + " " + id)))
                .toList();
    }
}
