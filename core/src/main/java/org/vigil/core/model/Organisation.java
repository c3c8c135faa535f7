package org.vigil.core.model;

import java.util.Objects;

/** A member of the ecosystem; cascades cross the boundaries between organisations. */
public record Organisation(String id, OrganisationType type, String name) {
    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }
}
