package org.vigil.game.round;

/**
 * Non-punitive scoring: points for the right verdict and for each cue found, nothing taken away for
 * mistakes.
 */
public record Scoring(int verdictPoints, int cuePoints) {

    public int points(boolean correct, long cuesFound) {
        return verdict(correct) + (int) (cuePoints * cuesFound);
    }

    public int verdict(boolean correct) {
        return correct ? verdictPoints : 0;
    }

    /** The most an item with so many cues can earn. */
    public int most(int cues) {
        return verdictPoints + cuePoints * cues;
    }
}
