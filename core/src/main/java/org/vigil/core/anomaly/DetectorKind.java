package org.vigil.core.anomaly;

import java.util.function.Function;
import java.util.function.Supplier;

/** The detectors Vigil has, each in the one configuration it uses for every stream. */
public enum DetectorKind {
    /** {@link EnsembleDetector}: the contextual detector and new extremes; the default. */
    ENSEMBLE(EnsembleDetector::new, EnsembleDetector::restore, 0.75),
    /** {@link ContextualDetector}: which values follow which. */
    CONTEXTUAL(ContextualDetector::new, ContextualDetector::restore, 0.75),
    /** {@link SeasonalDetector}: the time of day's median and robust deviation. */
    SEASONAL(SeasonalDetector::new, SeasonalDetector::restore, 0.5),
    /** {@link ForestDetector}: Random Cut Forest over shingles. */
    RANDOM_CUT_FOREST(ForestDetector::new, ForestDetector::restore, 0.6),
    /**
     * {@link BandDetector}: configured limits and, once learnt, the range seen; for telemetry with
     * short histories.
     */
    BAND(BandDetector::new, BandDetector::restore, BandDetector.BASE);

    private final Supplier<AnomalyDetector> create;
    private final Function<byte[], AnomalyDetector> restore;
    private final double alertThreshold;

    DetectorKind(Supplier<AnomalyDetector> create, Function<byte[], AnomalyDetector> restore, double alertThreshold) {
        this.create = create;
        this.restore = restore;
        this.alertThreshold = alertThreshold;
    }

    /** The detector Vigil uses when nothing else is asked for. */
    public static DetectorKind standard() {
        return ENSEMBLE;
    }

    /** A new detector of this kind, knowing nothing yet. */
    public AnomalyDetector create() {
        return create.get();
    }

    /**
     * The score from which a point counts as an anomaly: chosen so that a clean noisy stream raises
     * nothing, a little above the threshold NAB's optimiser picks (which tolerates a few false alarms).
     */
    public double alertThreshold() {
        return alertThreshold;
    }

    AnomalyDetector restore(byte[] state) {
        return restore.apply(state);
    }
}
