package org.vigil.bench.nab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vigil.bench.nab.TinyCorpus.WINDOW_FIRST;
import static org.vigil.bench.nab.TinyCorpus.WINDOW_LAST;
import static org.vigil.bench.nab.TinyCorpus.detectionsAt;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * NAB's scoring on hand-made cases from its paper's description (Lavin &amp; Ahmad 2015): one window of
 * 10 points (20–29) in a 40-point series, standard profile (TP 1, FP 0.11, FN 1). The null detector
 * scores −1 here (one window missed), the perfect one +1.
 */
class NabScorerTest {

    private static final CostProfile STANDARD = CostProfile.STANDARD;
    private final NabScorer scorer = new NabScorer(TinyCorpus.load());

    private NabScorer.Result detections(int... points) {
        return scorer.at(STANDARD, detectionsAt(points), 1.0);
    }

    @Test
    void aDetectionAtTheWindowStartEarnsTheFullWeight() {
        NabScorer.Result result = detections(WINDOW_FIRST);

        assertThat(result.raw()).isCloseTo(1.0, within(1e-12));
        assertThat(result.normalised()).isCloseTo(100.0, within(1e-9));
        assertThat(result.detectedWindows()).isEqualTo(1);
    }

    @Test
    void aDetectionAtTheWindowEndEarnsLittle() {
        // position -1/10: (2 sigmoid(0.5) - 1) / (2 sigmoid(5) - 1)
        double expected = (2 / (1 + Math.exp(-0.5)) - 1) / (2 / (1 + Math.exp(-5)) - 1);

        NabScorer.Result result = detections(WINDOW_LAST);

        assertThat(result.raw()).isCloseTo(expected, within(1e-12));
        assertThat(result.raw()).isCloseTo(0.2482, within(1e-4));
    }

    @Test
    void earlierInTheWindowIsWorthMore() {
        assertThat(detections(WINDOW_FIRST + 2).raw())
                .isGreaterThan(detections(WINDOW_FIRST + 5).raw())
                .isGreaterThan(detections(WINDOW_LAST).raw());
    }

    @Test
    void aDetectionAfterTheWindowIsAFalsePositiveWeighedByDistance() {
        // five points past the end of a 10-point window: position 5/9; and the window is missed
        double sigmoid = 2 / (1 + Math.exp(5 * 5.0 / 9)) - 1;

        NabScorer.Result result = detections(WINDOW_LAST + 5);

        assertThat(result.raw()).isCloseTo(-1 + 0.11 * sigmoid, within(1e-12));
        assertThat(result.falsePositives()).isEqualTo(1);
        assertThat(result.detectedWindows()).isZero();
    }

    @Test
    void justAfterTheWindowCostsLessThanFarAfter() {
        assertThat(detections(WINDOW_LAST + 1).raw())
                .isGreaterThan(detections(WINDOW_LAST + 9).raw());
    }

    @Test
    void aFalsePositiveFarFromAnyWindowCostsTheFullWeight() {
        // before the first window there is no window to be near
        NabScorer.Result result = detections(10);

        assertThat(result.raw()).isCloseTo(-1 - 0.11, within(1e-12));
    }

    @Test
    void aFalsePositiveInASeriesWithoutWindowsCostsTheFullWeight() {
        List<double[]> scores = detectionsAt();
        scores.get(0)[30] = 1;

        NabScorer.Result result = scorer.at(STANDARD, scores, 1.0);

        assertThat(result.raw()).isCloseTo(-1 - 0.11, within(1e-12));
        assertThat(result.falsePositives()).isEqualTo(1);
    }

    @Test
    void twoDetectionsInOneWindowCountOnceByTheEarlier() {
        NabScorer.Result both = detections(WINDOW_FIRST + 2, WINDOW_FIRST + 5);

        assertThat(both.raw()).isCloseTo(detections(WINDOW_FIRST + 2).raw(), within(1e-12));
        assertThat(both.detectedWindows()).isEqualTo(1);
        assertThat(both.falsePositives()).isZero();
    }

    @Test
    void anEmptyWindowCostsTheMissAndScoresZeroNormalised() {
        NabScorer.Result result = detections();

        assertThat(result.raw()).isCloseTo(-1.0, within(1e-12));
        assertThat(result.normalised()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void detectionsInTheProbationAreNotScored() {
        // the first 6 points (15 % of 40) are the detector's learning time
        assertThat(detections(3).raw()).isCloseTo(-1.0, within(1e-12));
        assertThat(detections(3).falsePositives()).isZero();
    }

    @Test
    void theProfilesWeighMissesAndFalseAlarmsDifferently() {
        List<double[]> scores = detectionsAt(10);

        assertThat(scorer.at(CostProfile.LOW_FP, scores, 1.0).raw()).isCloseTo(-1 - 0.22, within(1e-12));
        assertThat(scorer.at(CostProfile.LOW_FN, scores, 1.0).raw()).isCloseTo(-2 - 0.11, within(1e-12));
        // FN weighs 2: null is -2, perfect +1
        assertThat(scorer.at(CostProfile.LOW_FN, detectionsAt(WINDOW_FIRST), 1.0)
                        .normalised())
                .isCloseTo(100.0, within(1e-9));
    }

    @Test
    void theThresholdIsTheOneThatMaximisesTheCorpusScore() {
        // given an early detection scoring 0.9, a false positive scoring 0.5, noise at 0.2 everywhere
        List<double[]> scores = detectionsAt();
        java.util.Arrays.fill(scores.get(0), 0.2);
        java.util.Arrays.fill(scores.get(1), 0.2);
        scores.get(1)[WINDOW_FIRST + 1] = 0.9;
        scores.get(1)[10] = 0.5;

        // when the threshold is swept
        NabScorer.Result best = scorer.best(STANDARD, scores);

        // then it keeps the detection and drops the false positive
        assertThat(best.threshold()).isEqualTo(0.9);
        assertThat(best.raw()).isCloseTo(detections(WINDOW_FIRST + 1).raw(), within(1e-12));
        assertThat(best.falsePositives()).isZero();
    }

    @Test
    void detectingNothingIsBestWhenEveryDetectionIsFalse() {
        List<double[]> scores = detectionsAt(10, 35);

        NabScorer.Result best = scorer.best(STANDARD, scores);

        assertThat(best.threshold()).isInfinite();
        assertThat(best.normalised()).isCloseTo(0.0, within(1e-9));
    }
}
