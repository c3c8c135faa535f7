package org.vigil.core.training;

import java.time.Instant;
import java.util.Objects;

/** One play on a participant's progress line: when it finished, at which level, how it went. */
public record ProgressPoint(Instant finished, Difficulty difficulty, double accuracy, int score, int maxScore) {

    public ProgressPoint {
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(difficulty, "difficulty");
    }

    static ProgressPoint of(PlayResult play) {
        return new ProgressPoint(play.finished(), play.difficulty(), play.accuracy(), play.score(), play.maxScore());
    }
}
