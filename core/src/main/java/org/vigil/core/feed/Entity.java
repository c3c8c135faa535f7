package org.vigil.core.feed;

import java.util.Objects;

/** Something an event names: an IP address, a host, a user, a device… */
public record Entity(EntityType type, String value) {
    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank entity value");
        }
    }
}
