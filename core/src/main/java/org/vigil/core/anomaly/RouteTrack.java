package org.vigil.core.anomaly;

/**
 * The part of a vehicle's planned route known from its own positions: those its tracker placed inside
 * the route's geofences (corridor, depots), in order, the last {@link #CAPACITY} of them. The distance
 * of a position from this track is at least its distance from the route, so it is an upper bound when
 * nothing better is known.
 */
final class RouteTrack {

    static final int CAPACITY = 32;
    private static final double EARTH_RADIUS_M = 6_371_000;

    private final double[] lats = new double[CAPACITY];
    private final double[] lons = new double[CAPACITY];
    /** Where the next position goes; the oldest is there too once the track is full. */
    private int next;

    private int size;

    void add(double lat, double lon) {
        lats[next] = lat;
        lons[next] = lon;
        next = (next + 1) % CAPACITY;
        size = Math.min(size + 1, CAPACITY);
    }

    void clear() {
        next = 0;
        size = 0;
    }

    /** Metres from the position to the nearest point of the track; NaN when the track is empty. */
    double distance(double lat, double lon) {
        if (size == 0) {
            return Double.NaN;
        }
        int oldest = (next - size + CAPACITY) % CAPACITY;
        double best = Double.POSITIVE_INFINITY;
        double[] previous = null;
        for (int i = 0; i < size; i++) {
            int at = (oldest + i) % CAPACITY;
            double[] point = plane(lat, lon, lats[at], lons[at]);
            best = Math.min(best, previous == null ? Math.hypot(point[0], point[1]) : toSegment(previous, point));
            previous = point;
        }
        return best;
    }

    /** Metres between two positions, on a plane around the first: exact enough over tens of kilometres. */
    static double metres(double lat, double lon, double otherLat, double otherLon) {
        double[] point = plane(lat, lon, otherLat, otherLon);
        return Math.hypot(point[0], point[1]);
    }

    /** A position in metres east and north of the origin. */
    private static double[] plane(double originLat, double originLon, double lat, double lon) {
        double x = Math.toRadians(lon - originLon) * Math.cos(Math.toRadians(originLat)) * EARTH_RADIUS_M;
        double y = Math.toRadians(lat - originLat) * EARTH_RADIUS_M;
        return new double[] {x, y};
    }

    /** Distance from the origin to the segment a–b. */
    private static double toSegment(double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, -(a[0] * dx + a[1] * dy) / length));
        return Math.hypot(a[0] + t * dx, a[1] + t * dy);
    }

    void write(StateWriter out) {
        out.writeInt(next).writeInt(size).writeDoubles(lats).writeDoubles(lons);
    }

    static RouteTrack read(StateReader in) {
        RouteTrack track = new RouteTrack();
        track.next = in.readInt();
        track.size = in.readInt();
        double[] lats = in.readDoubles();
        double[] lons = in.readDoubles();
        if (track.next < 0
                || track.next >= CAPACITY
                || track.size < 0
                || track.size > CAPACITY
                || lats.length != CAPACITY
                || lons.length != CAPACITY) {
            throw new IllegalArgumentException("damaged route track");
        }
        System.arraycopy(lats, 0, track.lats, 0, CAPACITY);
        System.arraycopy(lons, 0, track.lons, 0, CAPACITY);
        return track;
    }
}
