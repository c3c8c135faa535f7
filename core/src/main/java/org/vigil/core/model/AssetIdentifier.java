package org.vigil.core.model;

import java.util.Objects;

/** One identifier of an asset, e.g. an IP address or a vehicle id. */
public record AssetIdentifier(IdentifierType type, String value) {
    public AssetIdentifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
