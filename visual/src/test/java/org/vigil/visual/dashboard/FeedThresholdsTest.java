package org.vigil.visual.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.store.ActivityRepository.SourceActivity;

/** A feed's state mark from its activity, at the default thresholds (silent 15 min, slow lag 5 min, 1 % quarantined). */
class FeedThresholdsTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private final FeedThresholds thresholds = FeedThresholds.DEFAULTS;

    private static SourceActivity feed(Duration sinceLast, Duration p95Lag, long events, long quarantined) {
        return new SourceActivity(
                "eve.json",
                FeedFormat.SURICATA_EVE,
                events,
                events,
                Optional.ofNullable(sinceLast).map(NOW::minus),
                Optional.ofNullable(p95Lag),
                Optional.ofNullable(p95Lag),
                sinceLast == null ? 0 : 10,
                quarantined,
                quarantined,
                quarantined == 0 ? Optional.empty() : Optional.of("not JSON"),
                quarantined == 0 ? Optional.empty() : Optional.of(NOW));
    }

    @Test
    void aFeedSendingRecentlyWithLittleLagIsHealthy() {
        assertThat(thresholds.stateOf(feed(Duration.ofMinutes(1), Duration.ofSeconds(30), 100, 0), NOW))
                .isEqualTo(FeedState.HEALTHY);
        assertThat(thresholds.stateOf(feed(Duration.ofMinutes(15), Duration.ofMinutes(5), 100, 0), NOW))
                .as("exactly at both thresholds")
                .isEqualTo(FeedState.HEALTHY);
    }

    @Test
    void aFeedQuietForLongerThanTheSilenceThresholdIsSilent() {
        assertThat(thresholds.stateOf(feed(Duration.ofMinutes(16), Duration.ofSeconds(1), 0, 0), NOW))
                .isEqualTo(FeedState.SILENT);
        assertThat(thresholds.silentSince(feed(Duration.ofMinutes(16), Duration.ofSeconds(1), 0, 0)))
                .hasValue(NOW.minus(Duration.ofMinutes(1)));
    }

    @Test
    void aFeedWhoseLagExceedsTheThresholdIsSlow() {
        assertThat(thresholds.stateOf(feed(Duration.ofMinutes(1), Duration.ofMinutes(6), 100, 0), NOW))
                .isEqualTo(FeedState.SLOW);
    }

    @Test
    void aFeedQuarantiningAtLeastOnePercentOfItsRecordsIsQuarantiningEvenWhenSlow() {
        assertThat(thresholds.stateOf(feed(Duration.ofMinutes(1), Duration.ofMinutes(6), 99, 1), NOW))
                .isEqualTo(FeedState.QUARANTINING);
        assertThat(thresholds.stateOf(feed(Duration.ofMinutes(1), Duration.ofSeconds(1), 1000, 1), NOW))
                .as("one bad record in a thousand")
                .isEqualTo(FeedState.HEALTHY);
    }

    @Test
    void silenceOutranksQuarantining() {
        assertThat(thresholds.stateOf(feed(Duration.ofHours(1), Duration.ofSeconds(1), 0, 5), NOW))
                .isEqualTo(FeedState.SILENT);
    }

    @Test
    void aSourceWithOnlyQuarantinedRecordsIsQuarantiningAndOtherwiseSilent() {
        assertThat(thresholds.stateOf(feed(null, null, 0, 3), NOW)).isEqualTo(FeedState.QUARANTINING);
        assertThat(thresholds.stateOf(feed(null, null, 0, 0), NOW)).isEqualTo(FeedState.SILENT);
    }

    @Test
    void everyStateHasItsOwnMark() {
        assertThat(java.util.Arrays.stream(FeedState.values())
                        .map(FeedState::mark)
                        .distinct())
                .hasSize(FeedState.values().length);
    }
}
