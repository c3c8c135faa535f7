package org.vigil.content.route;

/** What a place on the delivery map is; the map draws each kind with its own shape. */
public enum PlaceKind {
    WAREHOUSE,
    HUB,
    PHARMACY,
    CLINIC,
    CUSTOMER,
    WAYPOINT
}
