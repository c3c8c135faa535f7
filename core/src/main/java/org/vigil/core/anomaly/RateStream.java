package org.vigil.core.anomaly;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A count or sum per time bucket: events of a category, failed logins, bytes out, distinct
 * destinations, new domains, orders, payments. A bucket is closed, and becomes a point dated at its
 * end, when an event of the stream falls in a later bucket or when the monitor's clock has passed it;
 * buckets without events are zeros. After {@link #MAX_SILENT} zeros in a row the stream is dormant:
 * a longer silence is a gap, not more zeros, so a stream that speaks twice a day is not fed a
 * thousand zeros a day.
 *
 * <p>An event is counted once per bucket (by id: a re-read batch is not counted twice); one older
 * than the open bucket is not counted at all, as its bucket was already scored.
 */
final class RateStream extends MetricStream {

    /** Zero buckets in a row after which a stream is dormant. */
    static final int MAX_SILENT = 60;
    /** Events remembered per bucket, to count each once; past this they are counted without a check. */
    static final int MAX_COUNTED = 1024;
    /** Distinct values remembered per bucket; past this the distinct count stays at this number. */
    static final int MAX_DISTINCT = 4096;
    /** Domains remembered as known, in each of two generations: the older goes when the newer is full. */
    static final int KNOWN = 2048;

    private enum Mode {
        SUM,
        DISTINCT,
        NEW
    }

    private final long bucketSeconds;
    private final Mode mode;
    /** The open bucket's start, epoch seconds; Long.MIN_VALUE before the first event. */
    private long openStart = Long.MIN_VALUE;

    private double amount;
    private int silent;
    private KeySet counted = new KeySet(MAX_COUNTED);
    private KeySet distinct = new KeySet(MAX_DISTINCT);
    private KeySet known = new KeySet(KNOWN);
    private KeySet knownBefore = new KeySet(KNOWN);

    RateStream(StreamKey key, AnomalyDetector detector, long bucketSeconds) {
        super(key, detector);
        this.bucketSeconds = bucketSeconds;
        this.mode = switch (key.metric()) {
            case DISTINCT_DESTINATIONS -> Mode.DISTINCT;
            case NEW_DOMAINS -> Mode.NEW;
            default -> Mode.SUM;
        };
    }

    long bucketOf(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), bucketSeconds) * bucketSeconds;
    }

    /**
     * Counts an event: {@code amount} for sums, its {@code values} for distinct and new counts. Returns
     * the buckets it closed.
     */
    List<Point> add(Instant time, String eventId, double amount, List<String> values) {
        long bucket = bucketOf(time);
        List<Point> closed = List.of();
        if (openStart == Long.MIN_VALUE) {
            openStart = bucket;
        } else if (bucket > openStart) {
            closed = closeBefore(bucket);
            openStart = bucket; // also after a silence, which closing leaves alone
        } else if (bucket < openStart) {
            return closed;
        }
        long id = KeySet.fingerprint(eventId);
        if (counted.contains(id)) {
            return closed;
        }
        counted.add(id);
        silent = 0;
        switch (mode) {
            case SUM -> this.amount += amount;
            case DISTINCT -> values.forEach(v -> distinct.add(KeySet.fingerprint(v)));
            case NEW -> {
                for (String value : values) {
                    long key = KeySet.fingerprint(value);
                    if (!known.contains(key) && !knownBefore.contains(key)) {
                        this.amount++;
                        remember(key);
                    }
                }
            }
        }
        return closed;
    }

    private void remember(long key) {
        if (known.isFull()) {
            knownBefore = known;
            known = new KeySet(KNOWN);
        }
        known.add(key);
    }

    /** The open bucket's value so far. */
    double value() {
        return mode == Mode.DISTINCT ? distinct.size() : amount;
    }

    /**
     * Closes every bucket before the one starting at {@code bucket}: the open one with its value, then
     * zeros, until the stream has been silent for {@link #MAX_SILENT} buckets. A dormant stream is left
     * as it is: only its next event wakes it.
     */
    List<Point> closeBefore(long bucket) {
        if (openStart == Long.MIN_VALUE || openStart >= bucket || dormant()) {
            return List.of();
        }
        List<Point> points = new ArrayList<>(1);
        for (long start = openStart; start < bucket; start += bucketSeconds) {
            double value = start == openStart ? value() : 0;
            if (value == 0 && silent >= MAX_SILENT) {
                break;
            }
            points.add(new Point(Instant.ofEpochSecond(start + bucketSeconds), value));
            silent = value == 0 ? silent + 1 : 0;
        }
        openStart = bucket;
        amount = 0;
        counted.clear();
        distinct.clear();
        return points;
    }

    /** Whether the stream has been silent long enough that the clock no longer closes its buckets. */
    boolean dormant() {
        return silent >= MAX_SILENT && value() == 0;
    }

    long bucketSeconds() {
        return bucketSeconds;
    }

    @Override
    void writeState(StateWriter out) {
        out.writeLong(bucketSeconds).writeLong(openStart).writeDouble(amount).writeInt(silent);
        counted.write(out);
        distinct.write(out);
        known.write(out);
        knownBefore.write(out);
    }

    static RateStream read(StreamKey key, AnomalyDetector detector, long bucketSeconds, StateReader in) {
        long saved = in.readLong();
        if (saved != bucketSeconds) {
            throw new IllegalArgumentException("stream saved with buckets of " + saved + " s, not " + bucketSeconds);
        }
        RateStream stream = new RateStream(key, detector, bucketSeconds);
        stream.openStart = in.readLong();
        stream.amount = in.readDouble();
        stream.silent = in.readInt();
        stream.counted = KeySet.read(MAX_COUNTED, in);
        stream.distinct = KeySet.read(MAX_DISTINCT, in);
        stream.known = KeySet.read(KNOWN, in);
        stream.knownBefore = KeySet.read(KNOWN, in);
        return stream;
    }
}
