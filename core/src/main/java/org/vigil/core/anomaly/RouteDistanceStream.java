package org.vigil.core.anomaly;

import java.time.Instant;

/**
 * A vehicle's distance from its planned route, in metres, from its tracker's reports. The scenario
 * holds no route geometry, so the distance is what the telemetry gives:
 *
 * <ul>
 *   <li>the tracker's own {@code distance_from_route_m} (route deviations, corridor exits), when given;
 *   <li>0 for a position the tracker places inside a geofence while on a route (its corridor, its
 *       depots);
 *   <li>for a position outside every geofence, an upper bound from what is known: the distance to the
 *       nearest point of the route's known track ({@link RouteTrack}), or the last reported deviation
 *       plus the way since, whichever is smaller; NaN (a gap) when nothing is known.
 * </ul>
 *
 * Scored by a {@link BandDetector} with the corridor as its limits: {@link #CORRIDOR_M} metres either
 * side of the route are normal, whatever the stream has shown, so the first deviation of a new
 * vehicle counts.
 */
final class RouteDistanceStream extends MetricStream {

    /** The half-width of a route's corridor: trackers report deviations from a few hundred metres. */
    static final double CORRIDOR_M = 250;

    private Instant last;
    private String route;
    private RouteTrack track = new RouteTrack();
    /** The last reported deviation: where and how far; NaN when back on the route. */
    private double anchorLat = Double.NaN;

    private double anchorLon = Double.NaN;
    private double anchorDistance = Double.NaN;

    RouteDistanceStream(StreamKey key, AnomalyDetector detector) {
        super(key, detector);
    }

    static AnomalyDetector newDetector() {
        return new BandDetector(new Limits(0, CORRIDOR_M, CORRIDOR_M));
    }

    /** The reading's point, or null when it says nothing about the route or is not newer than the last. */
    Point observe(TelemetryReading reading) {
        if (!reading.isRouteReport() || (last != null && !reading.time().isAfter(last))) {
            return null;
        }
        if (reading.routeId() != null && !reading.routeId().equals(route)) {
            route = reading.routeId();
            track.clear();
            anchorDistance = Double.NaN;
        }
        double value;
        if (Double.isFinite(reading.distanceFromRoute())) {
            value = reading.distanceFromRoute();
            if (reading.hasPosition()) {
                anchorLat = reading.lat();
                anchorLon = reading.lon();
                anchorDistance = value;
            }
        } else if (!reading.hasPosition()) {
            return null;
        } else if (reading.insideGeofence()) {
            value = 0;
            track.add(reading.lat(), reading.lon());
            anchorDistance = Double.NaN;
        } else {
            value = estimate(reading.lat(), reading.lon());
        }
        last = reading.time();
        return new Point(reading.time(), value);
    }

    private double estimate(double lat, double lon) {
        double fromTrack = track.distance(lat, lon);
        double fromAnchor = Double.isNaN(anchorDistance)
                ? Double.NaN
                : anchorDistance + RouteTrack.metres(anchorLat, anchorLon, lat, lon);
        if (Double.isNaN(fromTrack)) {
            return fromAnchor;
        }
        return Double.isNaN(fromAnchor) ? fromTrack : Math.min(fromTrack, fromAnchor);
    }

    @Override
    void writeState(StateWriter out) {
        writeInstant(out, last);
        writeText(out, route);
        track.write(out);
        out.writeDouble(anchorLat).writeDouble(anchorLon).writeDouble(anchorDistance);
    }

    static RouteDistanceStream read(StreamKey key, AnomalyDetector detector, StateReader in) {
        RouteDistanceStream stream = new RouteDistanceStream(key, detector);
        stream.last = readInstant(in);
        stream.route = readText(in);
        stream.track = RouteTrack.read(in);
        stream.anchorLat = in.readDouble();
        stream.anchorLon = in.readDouble();
        stream.anchorDistance = in.readDouble();
        return stream;
    }
}
