package org.vigil.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One scripted monitor event of a scenario. The fields are kept as the monitor writes them (a JSON
 * object), so feeds can later replay them through the monitor's own parser.
 */
public record TimelineEvent(long offsetSeconds, String monitorId, Optional<String> assetId, String fieldsJson) {
    public TimelineEvent {
        if (offsetSeconds < 0) {
            throw new IllegalArgumentException("negative offset");
        }
        Objects.requireNonNull(monitorId, "monitorId");
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(fieldsJson, "fieldsJson");
    }
}
