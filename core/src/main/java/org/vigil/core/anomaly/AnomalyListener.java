package org.vigil.core.anomaly;

import java.util.List;

/** Told of the anomalies raised (after their events are stored), so live views can mark them. */
@FunctionalInterface
public interface AnomalyListener {

    AnomalyListener NONE = anomalies -> {};

    void raised(List<Anomaly> anomalies);
}
