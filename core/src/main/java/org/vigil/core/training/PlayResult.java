package org.vigil.core.training;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One play of a training module by one participant, as recorded in the workspace: who (a
 * pseudonymous code, never a name), which module at which difficulty and in which language, when,
 * the score out of the most it could have been, and every item's outcome.
 */
public record PlayResult(
        String participant,
        TrainingModule module,
        Difficulty difficulty,
        String languageTag,
        Instant started,
        Instant finished,
        int score,
        int maxScore,
        List<ItemOutcome> items) {

    public PlayResult {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(languageTag, "languageTag");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        items = List.copyOf(items);
        if (participant.isBlank()) {
            throw new IllegalArgumentException("a play needs a participant code");
        }
        if (finished.isBefore(started)) {
            throw new IllegalArgumentException("a play cannot finish before it starts");
        }
        if (maxScore < 0 || score > maxScore) {
            throw new IllegalArgumentException("score " + score + " out of " + maxScore);
        }
    }

    /** The share of items judged right, 0 with no items. */
    public double accuracy() {
        return items.isEmpty()
                ? 0
                : (double) items.stream().filter(ItemOutcome::correct).count() / items.size();
    }

    public long falsePositives() {
        return items.stream().filter(ItemOutcome::falsePositive).count();
    }

    public long misses() {
        return items.stream().filter(ItemOutcome::miss).count();
    }

    public Duration duration() {
        return Duration.between(started, finished);
    }

    /** Every cue missed on any item, in the order first missed. */
    public Set<String> cuesMissed() {
        Set<String> missed = new LinkedHashSet<>();
        items.forEach(item -> missed.addAll(item.cuesMissed()));
        return missed;
    }
}
