package org.vigil.core.model;

/** How one asset serves another; read "from TYPE to". */
public enum DependencyType {
    HOSTS,
    CONNECTS,
    SUPPLIES,
    OPERATES,
    AUTHENTICATES,
    TRANSPORTS,
    PAYS,
    STORES_DATA_OF,
    ENABLES,
    MONITORS
}
