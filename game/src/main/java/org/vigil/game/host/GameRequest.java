package org.vigil.game.host;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.TrainingModule;

/**
 * What to play: the module at a difficulty, in a language (a BCP 47 tag Vigil speaks), by a
 * participant (a pseudonymous code). {@code seed} repeats a round's draw and {@code items} names the
 * round's items in order; both are for tests and scripted runs, empty for real play.
 */
public record GameRequest(
        TrainingModule module,
        Difficulty difficulty,
        String languageTag,
        String participant,
        OptionalLong seed,
        List<String> items) {

    public GameRequest {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(languageTag, "languageTag");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(seed, "seed");
        items = List.copyOf(items);
        if (participant.isBlank()) {
            throw new IllegalArgumentException("a play needs a participant code");
        }
    }

    public static GameRequest of(TrainingModule module, Difficulty difficulty, String languageTag, String participant) {
        return new GameRequest(module, difficulty, languageTag, participant, OptionalLong.empty(), List.of());
    }

    public GameRequest withSeed(long value) {
        return new GameRequest(module, difficulty, languageTag, participant, OptionalLong.of(value), items);
    }

    public GameRequest withItems(List<String> ids) {
        return new GameRequest(module, difficulty, languageTag, participant, seed, ids);
    }
}
