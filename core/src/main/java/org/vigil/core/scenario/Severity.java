package org.vigil.core.scenario;

/** How serious a problem found in a scenario file is. Only errors stop an import. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
