package org.vigil.game.round;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.ItemOutcome;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.TrainingModule;

/** The feedback on every item judged so far, in order: the score, the outcomes, and the play result. */
public final class RoundLedger<F extends Judged> {

    private final TrainingModule module;
    private final Function<F, ItemOutcome> outcome;
    private final List<F> judged = new ArrayList<>();

    /** @param outcome how one feedback is recorded in core's terms */
    public RoundLedger(TrainingModule module, Function<F, ItemOutcome> outcome) {
        this.module = Objects.requireNonNull(module, "module");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
    }

    public F record(F feedback) {
        judged.add(feedback);
        return feedback;
    }

    /** The feedback recorded last; only once something was judged. */
    public F last() {
        return judged.get(judged.size() - 1);
    }

    public List<F> all() {
        return List.copyOf(judged);
    }

    public int score() {
        return judged.stream().mapToInt(Judged::points).sum();
    }

    public List<ItemOutcome> outcomes() {
        return judged.stream().map(outcome).toList();
    }

    /** The play as recorded, from the round's clock; the caller checks that the round is finished. */
    public PlayResult result(
            String participant, Difficulty difficulty, String languageTag, RoundClock clock, int maxScore) {
        Instant finished = clock.finished().orElseThrow(() -> new IllegalStateException("not finished"));
        return new PlayResult(
                participant, module, difficulty, languageTag, clock.started(), finished, score(), maxScore, outcomes());
    }

    /**
     * One item's outcome, its cues named in order and split into those found and those missed.
     *
     * @param found whether the player found (or acted on) a cue
     * @param name a cue's stable name, as results and spaced repetition know it
     */
    public static <C> ItemOutcome outcome(
            String itemId,
            boolean malicious,
            Judged judged,
            List<C> cues,
            Predicate<C> found,
            Function<C, String> name) {
        return new ItemOutcome(
                itemId,
                malicious,
                judged.correct(),
                judged.time(),
                cues.stream().filter(found).map(name).toList(),
                cues.stream().filter(found.negate()).map(name).toList());
    }
}
