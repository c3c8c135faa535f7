package org.vigil.core.feed.suricata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.core.feed.Timestamps;

class EveTimeTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-03-17T10:15:02.123456+0100",
                "2024-03-17T10:15:02.123456-0530",
                "2024-03-17T10:15:02.123456+0000",
                "2024-02-29T23:59:59.999999+1400",
                "1970-01-01T00:00:00.000000+0000",
                "2023-02-29T10:15:02.123456+0100",
                "2024-03-17T24:15:02.123456+0100",
                "2024-03-17T10:60:02.123456+0100",
                "2024-03-17T10:15:02.123456+1900",
                "2024-03-17T10:15:02.12345a+0100",
                "2024-03-17T10:15:02.123456+01:00",
                "2024-03-17T10:15:02.123456Z",
                "2024-03-17T10:15:02+0100",
                "2024-03-17 10:15:02.123456+0100",
                "2009-11-24T21:27:09.534255",
                "1710666902.123456"
            })
    void readsExactlyAsTimestampsDoes(String text) {
        assertThat(EveTime.parse(text)).isEqualTo(Timestamps.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-17T10:15:02.123456+0100", "2024-03-17T03:45:02.123456-0530"})
    void theFastPathKeepsMicrosecondsAndOffsets(String text) {
        assertThat(EveTime.parse(text)).contains(Instant.parse("2024-03-17T09:15:02.123456Z"));
    }
}
