package org.vigil.core.feed;

/** Kinds of things an event names, used to map it to assets and to correlate. */
public enum EntityType {
    IP,
    HOST,
    USER,
    DEVICE_ID,
    VEHICLE_ID,
    DOMAIN,
    URL,
    FILE_HASH,
    EMAIL
}
