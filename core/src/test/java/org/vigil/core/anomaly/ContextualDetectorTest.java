package org.vigil.core.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The contextual detector learns sequences and forgets when its memory is full. */
class ContextualDetectorTest {

    private static final Instant T0 = Instant.parse("2024-03-04T00:00:00Z");

    @Test
    void aRepeatedSequenceBecomesFamiliar() {
        // given a short pattern repeated many times
        ContextualDetector detector = new ContextualDetector();
        double[] pattern = {1, 5, 3, 8, 2, 7};
        double last = 1;
        for (int i = 0; i < 3000; i++) {
            last = detector.score(T0.plusSeconds(60L * i), pattern[i % pattern.length])
                    .score();
        }

        // then it is predicted: nothing unusual, and the band holds the value
        assertThat(last).isZero();
        AnomalyResult next = detector.score(T0.plusSeconds(60L * 3000), pattern[0]);
        assertThat(next.score()).isZero();
        assertThat(next.outsideBand()).isFalse();
    }

    @Test
    void aBreakInTheSequenceScoresHigh() {
        // given the same pattern, learnt
        ContextualDetector detector = new ContextualDetector();
        double[] pattern = {1, 5, 3, 8, 2, 7};
        int i = 0;
        for (; i < 3000; i++) {
            detector.score(T0.plusSeconds(60L * i), pattern[i % pattern.length]);
        }

        // when the values come in another order
        double highest = 0;
        double[] broken = {8, 1, 7, 5, 2, 3};
        for (double value : broken) {
            highest = Math.max(
                    highest, detector.score(T0.plusSeconds(60L * i++), value).score());
        }

        // then the detector notices
        assertThat(highest).isGreaterThanOrEqualTo(DetectorKind.CONTEXTUAL.alertThreshold());
    }

    @Test
    void memoryIsBoundedByForgetting() {
        // given white noise, where almost every context is new
        ContextualConfig small = new ContextualConfig(3, 15, 7, 10, 0.75, 500);
        ContextualDetector detector = new ContextualDetector(small);
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 20_000; i++) {
            detector.score(T0.plusSeconds(60L * i), random.nextGaussian());
        }

        // then it never holds much more than its bound
        assertThat(detector.contexts()).isLessThan(500 + 200);
    }
}
