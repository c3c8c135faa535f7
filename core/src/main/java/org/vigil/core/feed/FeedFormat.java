package org.vigil.core.feed;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The event formats Vigil reads, with the name used on the command line and how records are framed. */
public enum FeedFormat {
    /** Vigil's own JSON Lines schema (docs/feeds.md). */
    VIGIL("vigil", Framing.LINES),
    SURICATA_EVE("suricata", Framing.LINES),
    WAZUH("wazuh", Framing.LINES),
    ZEEK("zeek", Framing.LINES),
    /** CEF inside RFC 3164 or RFC 5424 syslog lines. */
    CEF("cef", Framing.LINES),
    /** OCSF 1.x events: one JSON object, a JSON array of them, or one per line. */
    OCSF("ocsf", Framing.DOCUMENT),
    /** STIX 2.1 bundles. */
    STIX("stix", Framing.DOCUMENT),
    /** Physical asset telemetry as JSON Lines (docs/feeds.md). */
    TELEMETRY("telemetry", Framing.LINES),
    /** Any monitor's own JSON, one object per line, read by heuristics (docs/feeds.md, "Generic JSON"). */
    JSON("json", Framing.LINES);

    /** How a file of this format is cut into records. */
    public enum Framing {
        /** One record per line. */
        LINES,
        /** One or more JSON values (objects, or arrays of objects), possibly spread over many lines. */
        DOCUMENT
    }

    private final String cliName;
    private final Framing framing;

    FeedFormat(String cliName, Framing framing) {
        this.cliName = cliName;
        this.framing = framing;
    }

    public String cliName() {
        return cliName;
    }

    public Framing framing() {
        return framing;
    }

    public static Optional<FeedFormat> fromCliName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.cliName.equals(wanted)).findFirst();
    }
}
