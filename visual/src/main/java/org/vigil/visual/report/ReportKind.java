package org.vigil.visual.report;

/** Which report: one incident's, or the situation of a scenario or the whole workspace. */
public enum ReportKind {
    INCIDENT,
    SITUATION
}
