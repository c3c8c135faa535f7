package org.vigil.core.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A saved detector, restored, goes on exactly as the original. */
class SnapshotContinuityTest {

    private static final List<SyntheticStream.Point> STREAM = SyntheticStream.daily()
            .withSpikeAt(3500, -40)
            .withLevelShiftAt(3800, 25)
            .points();

    @ParameterizedTest
    @EnumSource(DetectorKind.class)
    void aRestoredDetectorScoresExactlyAsTheOriginal(DetectorKind kind) {
        // given a detector that has learnt ten days
        AnomalyDetector original = kind.create();
        int split = 10 * SyntheticStream.DAY;
        for (SyntheticStream.Point point : STREAM.subList(0, split)) {
            original.score(point.timestamp(), point.value());
        }

        // when it is saved as bytes and restored
        byte[] saved = original.snapshot().toBytes();
        AnomalyDetector restored = DetectorSnapshot.fromBytes(saved).restore();

        // then both give the same results for the rest of the stream, dip and shift included
        List<AnomalyResult> fromOriginal = new ArrayList<>();
        List<AnomalyResult> fromRestored = new ArrayList<>();
        for (SyntheticStream.Point point : STREAM.subList(split, STREAM.size())) {
            fromOriginal.add(original.score(point.timestamp(), point.value()));
            fromRestored.add(restored.score(point.timestamp(), point.value()));
        }
        assertThat(fromRestored).isEqualTo(fromOriginal);
        assertThat(fromOriginal).anyMatch(r -> r.score() > 0);
        assertThat(restored.kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @EnumSource(DetectorKind.class)
    void aSnapshotOfARestoredDetectorIsTheSame(DetectorKind kind) {
        // given a detector with some history
        AnomalyDetector detector = kind.create();
        for (SyntheticStream.Point point : STREAM.subList(0, 2000)) {
            detector.score(point.timestamp(), point.value());
        }

        // when restored and saved again
        DetectorSnapshot first = detector.snapshot();
        DetectorSnapshot second = first.restore().snapshot();

        // then nothing was lost or added
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @EnumSource(DetectorKind.class)
    void aDetectorStaysUnderOneMegabyte(DetectorKind kind) {
        // given a detector that has learnt the whole noisy stream
        AnomalyDetector detector = kind.create();
        for (SyntheticStream.Point point : SyntheticStream.daily().withNoise(5).points()) {
            detector.score(point.timestamp(), point.value());
        }

        // then what it keeps is bounded
        assertThat(detector.snapshot().size()).isLessThan(1024 * 1024);
    }

    @Test
    void aDamagedSnapshotIsRefused() {
        byte[] saved = DetectorKind.ENSEMBLE.create().snapshot().toBytes();

        assertThatThrownBy(() -> DetectorSnapshot.fromBytes(new byte[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] cut = java.util.Arrays.copyOf(saved, saved.length - 3);
        assertThatThrownBy(() -> DetectorSnapshot.fromBytes(cut).restore())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGapInTheMetricScoresZeroAndTeachesNothing() {
        // given a detector with some history
        AnomalyDetector detector = DetectorKind.ENSEMBLE.create();
        for (SyntheticStream.Point point : STREAM.subList(0, 2000)) {
            detector.score(point.timestamp(), point.value());
        }
        DetectorSnapshot before = detector.snapshot();

        // when a point has no value
        AnomalyResult result = detector.score(STREAM.get(2000).timestamp(), Double.NaN);

        // then it scores 0 and the detector is unchanged
        assertThat(result.score()).isZero();
        assertThat(detector.snapshot()).isEqualTo(before);
    }
}
