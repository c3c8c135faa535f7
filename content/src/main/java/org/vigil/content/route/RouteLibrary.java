package org.vigil.content.route;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.vigil.core.training.Difficulty;

/** Route Guard's checked content: the mitigations on offer and the delivery rounds, in file order. */
public record RouteLibrary(List<Mitigation> mitigations, List<DeliveryRound> rounds) {

    public RouteLibrary {
        mitigations = List.copyOf(mitigations);
        rounds = List.copyOf(rounds);
    }

    public Mitigation mitigation(String id) {
        return mitigations.stream()
                .filter(m -> m.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no mitigation " + id));
    }

    public DeliveryRound round(String id) {
        return rounds.stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no Route Guard round " + id));
    }

    public List<DeliveryRound> roundsAt(Difficulty difficulty) {
        return rounds.stream()
                .filter(r -> r.difficulties().contains(difficulty))
                .toList();
    }

    /** The cue ids the rounds of each difficulty teach, for the "what to play next" suggestion. */
    public Map<Difficulty, Set<String>> cuesTaught() {
        Map<Difficulty, Set<String>> taught = new EnumMap<>(Difficulty.class);
        for (Difficulty difficulty : Difficulty.values()) {
            Set<String> cues = new LinkedHashSet<>();
            roundsAt(difficulty).forEach(r -> r.cues().forEach(c -> cues.add(c.id())));
            taught.put(difficulty, Set.copyOf(cues));
        }
        return taught;
    }
}
