package org.vigil.core.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rate streams: what each time bucket counts, and when it is closed. */
class RateStreamTest {

    private static final Instant T0 = Instant.parse("2025-03-12T10:00:00Z");

    private static RateStream stream(Metric metric) {
        StreamKey key = new StreamKey("s/web", metric, "");
        return new RateStream(key, metric.detector().create(), 60);
    }

    private static Instant at(int minute, int second) {
        return T0.plusSeconds(minute * 60L + second);
    }

    @Test
    void eachBucketCountsItsEventsAndIsDatedAtItsEnd() {
        // given a stream of failed logins
        RateStream stream = stream(Metric.FAILED_LOGINS);
        List<MetricStream.Point> points = new ArrayList<>();

        // when three events fall in minute 0, one in minute 1 and one in minute 3
        points.addAll(stream.add(at(0, 5), "a", 1, List.of()));
        points.addAll(stream.add(at(0, 20), "b", 1, List.of()));
        points.addAll(stream.add(at(0, 59), "c", 1, List.of()));
        points.addAll(stream.add(at(1, 0), "d", 1, List.of()));
        points.addAll(stream.add(at(3, 30), "e", 1, List.of()));

        // then minutes 0, 1 and the empty minute 2 are closed, minute 3 is open
        assertThat(points)
                .containsExactly(
                        new MetricStream.Point(at(1, 0), 3),
                        new MetricStream.Point(at(2, 0), 1),
                        new MetricStream.Point(at(3, 0), 0));
        assertThat(stream.value()).isEqualTo(1);
    }

    @Test
    void anEventIsCountedOnceAndALateOneNotAtAll() {
        // given a bucket with one event
        RateStream stream = stream(Metric.EVENT_RATE);
        stream.add(at(5, 0), "a", 1, List.of());

        // when the same event comes again, and one from a bucket already closed
        stream.add(at(5, 0), "a", 1, List.of());
        List<MetricStream.Point> closed = stream.add(at(6, 0), "b", 1, List.of());
        stream.add(at(5, 30), "late", 1, List.of());

        // then the first bucket counted one, and the open one only its own event
        assertThat(closed).containsExactly(new MetricStream.Point(at(6, 0), 1));
        assertThat(stream.value()).isEqualTo(1);
    }

    @Test
    void sumsAddUpAmounts() {
        // given a stream of bytes out
        RateStream stream = stream(Metric.BYTES_OUT);

        // when two transfers fall in one minute
        stream.add(at(0, 1), "a", 2_046_113, List.of());
        stream.add(at(0, 2), "b", 3_120, List.of());

        // then the minute sums them
        assertThat(stream.closeBefore(stream.bucketOf(at(1, 0))))
                .containsExactly(new MetricStream.Point(at(1, 0), 2_049_233));
    }

    @Test
    void distinctDestinationsCountEachValueOncePerBucket() {
        // given a stream of destinations
        RateStream stream = stream(Metric.DISTINCT_DESTINATIONS);

        // when three events name two addresses and a domain, one address twice
        stream.add(at(0, 1), "a", 1, List.of("10.0.0.1", "203.0.113.77"));
        stream.add(at(0, 2), "b", 1, List.of("203.0.113.77", "upload.boxdrop.example"));
        stream.add(at(0, 3), "c", 1, List.of("10.0.0.1"));

        // then the minute has three distinct destinations, and the next starts afresh
        assertThat(stream.value()).isEqualTo(3);
        stream.add(at(1, 1), "d", 1, List.of("10.0.0.1"));
        assertThat(stream.value()).isEqualTo(1);
    }

    @Test
    void newDomainsCountOnlyDomainsNeverSeenBefore() {
        // given a stream of new domains that has seen two domains
        RateStream stream = stream(Metric.NEW_DOMAINS);
        stream.add(at(0, 1), "a", 1, List.of("a.example", "b.example"));

        // when the next minute names one of them and a new one
        List<MetricStream.Point> closed = stream.add(at(1, 1), "b", 1, List.of("a.example", "c.example"));

        // then the first minute had two new domains, the second has one
        assertThat(closed).containsExactly(new MetricStream.Point(at(1, 0), 2));
        assertThat(stream.value()).isEqualTo(1);
    }

    @Test
    void aLongSilenceIsAGapNotThousandsOfZeros() {
        // given a stream with one event
        RateStream stream = stream(Metric.EVENT_RATE);
        stream.add(at(0, 0), "a", 1, List.of());

        // when the clock moves a day on
        List<MetricStream.Point> closed = stream.closeBefore(stream.bucketOf(at(24 * 60, 0)));

        // then the bucket and an hour of zeros are scored, and the stream is dormant
        assertThat(closed).hasSize(1 + RateStream.MAX_SILENT);
        assertThat(closed.get(0).value()).isEqualTo(1);
        assertThat(closed.subList(1, closed.size())).allMatch(p -> p.value() == 0);
        assertThat(stream.dormant()).isTrue();

        // and its next event starts a bucket without more zeros
        assertThat(stream.add(at(24 * 60 + 5, 0), "b", 1, List.of())).isEmpty();
        assertThat(stream.dormant()).isFalse();
    }

    @Test
    void itsStateIsSavedAndRestoredExactly() {
        // given a stream with an open bucket holding an event and known domains
        RateStream stream = stream(Metric.NEW_DOMAINS);
        stream.add(at(0, 1), "a", 1, List.of("a.example"));
        stream.add(at(1, 1), "b", 1, List.of("b.example"));

        // when restored from its saved state
        MetricStream restored = MetricStream.restore(
                stream.key(), stream.detector().snapshot().restore(), stream.state(), java.time.Duration.ofMinutes(1));

        // then it counts the same: the repeated event once, the known domain not again
        RateStream copy = (RateStream) restored;
        copy.add(at(1, 1), "b", 1, List.of("b.example"));
        copy.add(at(1, 2), "c", 1, List.of("a.example"));
        assertThat(copy.value()).isEqualTo(1);
        assertThat(copy.state()).isNotEqualTo(stream.state());
        stream.add(at(1, 1), "b", 1, List.of("b.example"));
        stream.add(at(1, 2), "c", 1, List.of("a.example"));
        assertThat(copy.state()).isEqualTo(stream.state());
    }
}
