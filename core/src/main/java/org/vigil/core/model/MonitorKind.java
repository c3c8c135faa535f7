package org.vigil.core.model;

/** The families of monitors that feed the workstation. */
public enum MonitorKind {
    NETWORK,
    APPLICATION,
    DATA,
    PHYSICAL,
    POLICY
}
