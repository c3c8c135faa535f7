package org.vigil.visual.report;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A business service or process a cascade hits, with the moments its recovery time objective and its
 * maximum tolerable period of disruption run out (empty when it recovers first).
 */
public record ServiceBreach(
        String scenarioId,
        String assetId,
        String name,
        Instant onset,
        Optional<Instant> rtoBreach,
        Optional<Instant> mtpdBreach) {

    public ServiceBreach {
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(onset, "onset");
        Objects.requireNonNull(rtoBreach, "rtoBreach");
        Objects.requireNonNull(mtpdBreach, "mtpdBreach");
    }
}
