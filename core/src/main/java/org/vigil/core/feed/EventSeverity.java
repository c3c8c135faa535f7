package org.vigil.core.feed;

/** One severity scale for every source; each parser documents how its source's scale maps here. */
public enum EventSeverity {
    INFO,
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
