package org.vigil.core.feed;

/** What an event is about, the same for every format. */
public enum EventCategory {
    /** Connections and flows. */
    NETWORK,
    /** IDS and host intrusion alerts. */
    INTRUSION,
    AUTHENTICATION,
    WEB,
    DNS,
    TLS,
    FILE,
    MALWARE,
    /** Access to or movement of data (DLP, database audit). */
    DATA,
    /** Position, door, tamper and temperature telemetry of physical assets. */
    PHYSICAL,
    /** Policy and compliance checks. */
    POLICY,
    /** Sightings and observations from threat intelligence. */
    THREAT_INTEL,
    /** Raised by Vigil's anomaly monitor when a metric stream does what it never did (docs/anomaly-detection.md). */
    ANOMALY,
    OTHER
}
