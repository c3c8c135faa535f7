package org.vigil.game.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.vigil.content.route.DeliveryRound;
import org.vigil.content.route.RouteLibrary;
import org.vigil.core.training.Difficulty;
import org.vigil.game.round.Draw;

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
        List<DeliveryRound> playable = library.roundsAt(difficulty);
        List<DeliveryRound> shift = new ArrayList<>(
                Draw.some(playable.stream().filter(DeliveryRound::malicious).toList(), MALICIOUS, random));
        shift.addAll(Draw.some(playable.stream().filter(r -> !r.malicious()).toList(), BENIGN, random));
        return Draw.shuffled(shift, random);
    }

    /** The named rounds in order; a name the library lacks is refused. */
    public List<DeliveryRound> named(List<String> ids) {
        return ids.stream().map(library::round).toList();
    }
}
