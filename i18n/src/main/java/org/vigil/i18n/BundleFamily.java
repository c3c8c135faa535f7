package org.vigil.i18n;

import java.util.List;

/** Message bundles are split by area; keys never repeat across families. */
public enum BundleFamily {
    /** The main window, its pages and settings. */
    UI("ui"),
    /** Names of model values: layers, kinds, organisation and dependency types. */
    MODEL("model"),
    /** The command line, scenario problems and workspace errors. */
    CLI("cli"),
    /** The interdependency graph page. */
    GRAPH("graph"),
    /** The incident board. */
    BOARD("board"),
    /** The events and incidents timeline. */
    TIMELINE("timeline"),
    /** The cascade panel: impact over time, continuity, chains, root causes, what-if. */
    CASCADE("cascade"),
    /** The situation dashboard. */
    DASHBOARD("dashboard"),
    /** Incident and situation reports (PDF, CSV). */
    REPORT("report"),
    /** The Training area: choosing a round, feedback, progress and what to play next. */
    TRAINING("training"),
    /** The training games: their screens, feedback and narration. */
    GAME("game"),
    /** The Route Guard training game: deliveries, mitigations and the insider's moves. */
    ROUTE_GUARD("routeguard"),
    /** The Ransomware Tabletop training game: decisions and their computed consequences. */
    TABLETOP("tabletop"),
    /** The Social Engineering Call training game: conversations, choices and feedback. */
    CALL("call"),
    /** Anomalies: the streams page (chart, sensitivity) and the anomaly markers on the timeline and graph. */
    ANOMALY("anomaly");

    private final String baseName;

    BundleFamily(String baseName) {
        this.baseName = baseName;
    }

    public String baseName() {
        return baseName;
    }

    /** Classpath resource of this family in a language. */
    public String resource(Language language) {
        return "/org/vigil/i18n/" + baseName + language.bundleSuffix() + ".properties";
    }

    public static List<BundleFamily> all() {
        return List.of(values());
    }
}
