package org.vigil.core.model;

import java.util.Objects;

/** A source of events, such as an IDS, a WAF or a fleet telematics platform. */
public record Monitor(String id, MonitorKind kind, String product, String name) {
    public Monitor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(name, "name");
    }
}
