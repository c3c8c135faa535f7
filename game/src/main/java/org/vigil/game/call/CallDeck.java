package org.vigil.game.call;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.vigil.content.call.CallScript;
import org.vigil.core.training.Difficulty;
import org.vigil.game.round.DifficultyBands;
import org.vigil.game.round.Draw;

/**
 * Chooses a round's calls: {@value #MALICIOUS_PER_ROUND} impostors and {@value #GENUINE_PER_ROUND}
 * genuine call, each from the level's own difficulty first and then the nearest ones when it runs
 * short, in a shuffled order, so that a careful player's false alarms are measured as well as their
 * misses. Hard rounds also give each reply {@value #HARD_REPLY_SECONDS} seconds.
 */
public final class CallDeck {

    public static final int MALICIOUS_PER_ROUND = 3;
    public static final int GENUINE_PER_ROUND = 1;
    public static final int HARD_REPLY_SECONDS = 20;

    private final List<CallScript> scripts;

    public CallDeck(List<CallScript> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    /** The time to answer each turn at a level: only hard rounds have a limit. */
    public static Optional<Duration> replyLimit(Difficulty difficulty) {
        return difficulty == Difficulty.HARD ? Optional.of(Duration.ofSeconds(HARD_REPLY_SECONDS)) : Optional.empty();
    }

    /** The ids of a round's calls; {@code random} decides the draw and the order, so a seed repeats a round. */
    public List<String> deal(Difficulty difficulty, Random random) {
        List<String> round = new ArrayList<>(draw(difficulty, CallScript::malicious, MALICIOUS_PER_ROUND, random));
        round.addAll(draw(difficulty, s -> !s.malicious(), GENUINE_PER_ROUND, random));
        return Draw.shuffled(round, random);
    }

    /** Named calls in the given order, checked to exist (tests, the launcher's script mode). */
    public List<String> named(List<String> ids) {
        Draw.named(ids, id -> scripts.stream().filter(s -> s.id().equals(id)).findFirst(), "call");
        return List.copyOf(ids);
    }

    /**
     * The cues each level's rounds can teach: those of every call its draw may pick, band by band
     * until the band that fills the round.
     */
    public Map<Difficulty, Set<String>> cuesTaught() {
        Map<Difficulty, Set<String>> taught = new EnumMap<>(Difficulty.class);
        for (Difficulty difficulty : Difficulty.values()) {
            Set<String> cues = new LinkedHashSet<>();
            candidates(difficulty, CallScript::malicious, MALICIOUS_PER_ROUND).forEach(s -> cues.addAll(s.cues()));
            candidates(difficulty, s -> !s.malicious(), GENUINE_PER_ROUND).forEach(s -> cues.addAll(s.cues()));
            taught.put(difficulty, Set.copyOf(cues));
        }
        return taught;
    }

    private List<String> draw(Difficulty difficulty, Predicate<CallScript> kind, int count, Random random) {
        return Draw.byBands(
                DifficultyBands.nearestFirst(difficulty),
                band -> scripts.stream()
                        .filter(kind)
                        .filter(s -> s.difficulty() == band)
                        .map(CallScript::id)
                        .toList(),
                count,
                random);
    }

    private List<CallScript> candidates(Difficulty difficulty, Predicate<CallScript> kind, int count) {
        List<CallScript> candidates = new ArrayList<>();
        for (Difficulty band : DifficultyBands.nearestFirst(difficulty)) {
            if (candidates.size() >= count) {
                break;
            }
            scripts.stream().filter(kind).filter(s -> s.difficulty() == band).forEach(candidates::add);
        }
        return candidates;
    }
}
