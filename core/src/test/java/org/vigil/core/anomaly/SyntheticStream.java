package org.vigil.core.anomaly;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A made-up metric for detector tests: a daily rhythm (orders per five minutes, say) with a little
 * noise, to which a test adds the trouble it wants found.
 *
 * <pre>
 * SyntheticStream.daily().withSpikeAt(3000, 40).points()
 * </pre>
 */
final class SyntheticStream {

    static final Instant START = Instant.parse("2024-03-04T00:00:00Z");
    static final Duration STEP = Duration.ofMinutes(5);
    /** Points per day at one point every five minutes. */
    static final int DAY = 288;

    private final int length;
    private final double level;
    private final double amplitude;
    private final double noise;
    private final long seed;
    private final List<Change> changes;

    private record Change(int at, double spike, double shift, double slope, int flat) {}

    /** One point of the stream. */
    record Point(Instant timestamp, double value) {}

    private SyntheticStream(int length, double level, double amplitude, double noise, long seed, List<Change> changes) {
        this.length = length;
        this.level = level;
        this.amplitude = amplitude;
        this.noise = noise;
        this.seed = seed;
        this.changes = List.copyOf(changes);
    }

    /** Fifteen days around a level of 100, swinging ±20 over the day, with noise of σ 1. */
    static SyntheticStream daily() {
        return new SyntheticStream(15 * DAY, 100, 20, 1, 7, List.of());
    }

    SyntheticStream withNoise(double sigma) {
        return new SyntheticStream(length, level, amplitude, sigma, seed, changes);
    }

    SyntheticStream withSeed(long newSeed) {
        return new SyntheticStream(length, level, amplitude, noise, newSeed, changes);
    }

    /** One point {@code height} above what it would have been. */
    SyntheticStream withSpikeAt(int at, double height) {
        return with(new Change(at, height, 0, 0, 0));
    }

    /** Everything from {@code at} on shifted by {@code delta}. */
    SyntheticStream withLevelShiftAt(int at, double delta) {
        return with(new Change(at, 0, delta, 0, 0));
    }

    /** From {@code at} on, a drift of {@code perPoint} per point. */
    SyntheticStream withDriftFrom(int at, double perPoint) {
        return with(new Change(at, 0, 0, perPoint, 0));
    }

    /** The daily rhythm stops for {@code points} points from {@code at}: the level holds, noise stays. */
    SyntheticStream withFlatFrom(int at, int points) {
        return with(new Change(at, 0, 0, 0, points));
    }

    private SyntheticStream with(Change change) {
        List<Change> more = new ArrayList<>(changes);
        more.add(change);
        return new SyntheticStream(length, level, amplitude, noise, seed, more);
    }

    List<Point> points() {
        Random random = new Random(seed);
        List<Point> points = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            double rhythm = amplitude * Math.sin(2 * Math.PI * i / DAY);
            for (Change change : changes) {
                if (i >= change.at() && i < change.at() + change.flat()) {
                    rhythm = 0;
                }
            }
            double value = level + rhythm + noise * random.nextGaussian();
            for (Change change : changes) {
                if (i == change.at()) {
                    value += change.spike();
                }
                if (i >= change.at()) {
                    value += change.shift() + change.slope() * (i - change.at());
                }
            }
            points.add(new Point(START.plus(STEP.multipliedBy(i)), value));
        }
        return points;
    }
}
