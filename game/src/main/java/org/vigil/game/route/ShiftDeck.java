package org.vigil.game.route;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.vigil.content.route.DeliveryRound;
import org.vigil.content.route.RouteLibrary;
import org.vigil.core.training.Difficulty;

/**
 * Deals a shift's rounds: {@value #MALICIOUS} with an insider and {@value #BENIGN} that only looks
 * suspicious, from the rounds played at the difficulty, in a shuffled order; or named rounds, for tests.
 */
public final class ShiftDeck {

    static final int MALICIOUS = 2;
    static final int BENIGN = 1;

    private final RouteLibrary library;

    public ShiftDeck(RouteLibrary library) {
        this.library = library;
    }

    public List<DeliveryRound> deal(Difficulty difficulty, Random random) {
        List<DeliveryRound> malicious = new ArrayList<>(library.roundsAt(difficulty).stream()
                .filter(DeliveryRound::malicious)
                .toList());
        List<DeliveryRound> benign = new ArrayList<>(library.roundsAt(difficulty).stream()
                .filter(r -> !r.malicious())
                .toList());
        Collections.shuffle(malicious, random);
        Collections.shuffle(benign, random);
        List<DeliveryRound> shift = new ArrayList<>(malicious.subList(0, Math.min(MALICIOUS, malicious.size())));
        shift.addAll(benign.subList(0, Math.min(BENIGN, benign.size())));
        Collections.shuffle(shift, random);
        return List.copyOf(shift);
    }

    /** The named rounds in order; a name the library lacks is refused. */
    public List<DeliveryRound> named(List<String> ids) {
        return ids.stream().map(library::round).toList();
    }
}
