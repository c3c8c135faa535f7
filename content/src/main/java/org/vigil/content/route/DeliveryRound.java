package org.vigil.content.route;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.content.awareness.LocalizedText;
import org.vigil.core.training.Difficulty;

/**
 * One delivery of the game: its map and planned route, the briefing and its signals (cues), the budget
 * at each difficulty it is played at, and, when {@code malicious}, the insider's plan; {@code debrief}
 * tells afterwards who the insider was or why all was in order.
 */
public record DeliveryRound(
        String id,
        boolean malicious,
        Map<Difficulty, Integer> budgets,
        LocalizedText title,
        LocalizedText briefing,
        LocalizedText debrief,
        List<MapPlace> places,
        List<List<String>> roads,
        List<String> route,
        List<InsiderStep> steps,
        List<RouteCue> cues) {

    public DeliveryRound {
        budgets = Map.copyOf(budgets);
        places = List.copyOf(places);
        roads = roads.stream().map(List::copyOf).toList();
        route = List.copyOf(route);
        steps = List.copyOf(steps);
        cues = List.copyOf(cues);
    }

    /** The difficulties this round is played at. */
    public Set<Difficulty> difficulties() {
        return budgets.keySet();
    }

    public Optional<MapPlace> place(String placeId) {
        return places.stream().filter(p -> p.id().equals(placeId)).findFirst();
    }
}
