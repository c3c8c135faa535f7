package org.vigil.visual.training;

import java.time.Duration;
import java.util.List;
import org.vigil.core.training.ItemOutcome;
import org.vigil.core.training.PlayResult;

/** The summary shown after a round: score, accuracy, false positives, misses, time per item and cues missed. */
public record RoundFeedback(
        int score,
        int maxScore,
        double accuracy,
        long falsePositives,
        long misses,
        Duration meanTimePerItem,
        List<String> cuesMissed) {

    public RoundFeedback {
        cuesMissed = List.copyOf(cuesMissed);
    }

    public static RoundFeedback of(PlayResult play) {
        Duration total = play.items().stream().map(ItemOutcome::time).reduce(Duration.ZERO, Duration::plus);
        Duration mean = play.items().isEmpty()
                ? Duration.ZERO
                : total.dividedBy(play.items().size());
        return new RoundFeedback(
                play.score(),
                play.maxScore(),
                play.accuracy(),
                play.falsePositives(),
                play.misses(),
                mean,
                List.copyOf(play.cuesMissed()));
    }
}
