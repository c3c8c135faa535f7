package org.vigil.game.round;

import java.util.List;
import org.vigil.core.training.Difficulty;

/**
 * The order in which a level draws from the difficulty bands: its own band first, then the nearest, so a
 * library short of items at one level still fills a round with the closest ones.
 */
public final class DifficultyBands {

    private DifficultyBands() {}

    public static List<Difficulty> nearestFirst(Difficulty level) {
        return switch (level) {
            case EASY -> List.of(Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD);
            case MEDIUM -> List.of(Difficulty.MEDIUM, Difficulty.HARD, Difficulty.EASY);
            case HARD -> List.of(Difficulty.HARD, Difficulty.MEDIUM, Difficulty.EASY);
        };
    }

    /** The same order in NIST Phish Scale bands, least difficult standing for easy. */
    public static List<org.vigil.content.awareness.Difficulty> phishScale(Difficulty level) {
        return nearestFirst(level).stream().map(DifficultyBands::phishScaleBand).toList();
    }

    private static org.vigil.content.awareness.Difficulty phishScaleBand(Difficulty level) {
        return switch (level) {
            case EASY -> org.vigil.content.awareness.Difficulty.LEAST_DIFFICULT;
            case MEDIUM -> org.vigil.content.awareness.Difficulty.MODERATELY_DIFFICULT;
            case HARD -> org.vigil.content.awareness.Difficulty.VERY_DIFFICULT;
        };
    }
}
