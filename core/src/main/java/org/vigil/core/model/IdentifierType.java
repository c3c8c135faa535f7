package org.vigil.core.model;

import java.util.Arrays;
import java.util.Optional;

/** Kinds of identifiers by which monitor events are mapped to assets. */
public enum IdentifierType {
    IP("ip"),
    CIDR("cidr"),
    HOSTNAME("hostname"),
    DEVICE_ID("deviceId"),
    VEHICLE_ID("vehicleId"),
    USER_NAME("userName"),
    EMAIL("email");

    private final String jsonKey;

    IdentifierType(String jsonKey) {
        this.jsonKey = jsonKey;
    }

    /** The key used for this type in scenario files. */
    public String jsonKey() {
        return jsonKey;
    }

    public static Optional<IdentifierType> fromJsonKey(String key) {
        return Arrays.stream(values()).filter(t -> t.jsonKey.equals(key)).findFirst();
    }
}
