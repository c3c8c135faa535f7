package org.vigil.core.anomaly;

import java.time.Instant;

/**
 * The part of a telemetry record (docs/feeds.md, "Physical asset telemetry") the telemetry streams
 * use. Numbers are NaN and texts null when the record does not carry them.
 *
 * @param type the record's type: {@code gps}, {@code route_deviation}, {@code temperature}, …
 * @param geofence the geofence a position lies in (for {@code geofence_exit}, the one left)
 * @param routeId the planned route the vehicle is on
 * @param distanceFromRoute the tracker's own distance from the planned route, in metres
 * @param vehicle the vehicle's id
 * @param unit the logger or device that read it
 */
record TelemetryReading(
        String type,
        Instant time,
        double lat,
        double lon,
        double speedKmh,
        String geofence,
        String routeId,
        double distanceFromRoute,
        double celsius,
        double minCelsius,
        double maxCelsius,
        String vehicle,
        String unit) {

    boolean hasPosition() {
        return Double.isFinite(lat) && Double.isFinite(lon);
    }

    /** A position report (not an alarm about one) that places the vehicle inside a geofence. */
    boolean insideGeofence() {
        return geofence != null
                && !geofence.isBlank()
                && (type.equals("gps") || type.equals("location") || type.equals("geofence_enter"));
    }

    boolean isTemperature() {
        return (type.equals("temperature") || type.equals("temperature_excursion")) && Double.isFinite(celsius);
    }

    boolean isPosition() {
        return type.equals("gps") || type.equals("location");
    }

    /** Whether it says anything about the vehicle's route. */
    boolean isRouteReport() {
        return (routeId != null || Double.isFinite(distanceFromRoute))
                && (type.equals("gps") || type.equals("route_deviation") || type.startsWith("geofence"));
    }
}
