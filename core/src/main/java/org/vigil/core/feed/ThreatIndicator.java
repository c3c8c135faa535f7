package org.vigil.core.feed;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An indicator from threat intelligence (a STIX pattern), kept for the intelligence work. */
public record ThreatIndicator(
        String id, String name, String pattern, String patternType, Optional<Instant> validFrom, String raw) {
    public ThreatIndicator {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(patternType, "patternType");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(raw, "raw");
    }
}
