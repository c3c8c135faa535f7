package org.vigil.content.awareness;

/**
 * Detection difficulty on the NIST Phish Scale, from the number of cues and the premise
 * alignment. Fewer cues and a better-fitting premise make a lure harder to spot.
 */
public enum Difficulty {
    LEAST_DIFFICULT,
    MODERATELY_DIFFICULT,
    VERY_DIFFICULT;

    /** Upper bound of the Phish Scale's "few cues" band. */
    static final int FEW_CUES = 8;
    /** Upper bound of its "some cues" band; more are "many". */
    static final int SOME_CUES = 14;

    /**
     * The Phish Scale's table: few cues (1–8), some (9–14) or many (15+) against low, medium or
     * high premise alignment.
     */
    public static Difficulty rate(int cueCount, PremiseAlignment alignment) {
        if (cueCount <= FEW_CUES) {
            return alignment == PremiseAlignment.LOW ? MODERATELY_DIFFICULT : VERY_DIFFICULT;
        }
        if (cueCount <= SOME_CUES) {
            return alignment == PremiseAlignment.HIGH ? VERY_DIFFICULT : MODERATELY_DIFFICULT;
        }
        return alignment == PremiseAlignment.LOW ? LEAST_DIFFICULT : MODERATELY_DIFFICULT;
    }
}
