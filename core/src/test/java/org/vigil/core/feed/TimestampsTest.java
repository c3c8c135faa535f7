package org.vigil.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest
    @CsvSource({
        "2024-03-17T10:15:02.123456+0100, 2024-03-17T09:15:02.123456Z",
        "2024-03-17T10:15:02.123+01:00, 2024-03-17T09:15:02.123Z",
        "2024-03-17T10:15:02Z, 2024-03-17T10:15:02Z",
        "2024-03-17 10:15:02, 2024-03-17T10:15:02Z",
        "1710670502.123456, 2024-03-17T10:15:02.123456Z",
        "1710670502, 2024-03-17T10:15:02Z",
        "1710670502123, 2024-03-17T10:15:02.123Z"
    })
    void everySpellingMonitorsUseIsRead(String text, String expected) {
        assertThat(Timestamps.parse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2024-13-45T99:00:00Z", "1.2.3", ".5", "17106705.", "12:00"})
    void anythingElseIsNoTime(String text) {
        assertThat(Timestamps.parse(text)).isEmpty();
    }
}
