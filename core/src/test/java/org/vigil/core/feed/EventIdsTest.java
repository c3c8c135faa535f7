package org.vigil.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ids of records without a time of their own stay what they always were; ids of records with one start
 * with that time, so a feed's ids come in time order. Either way the same record gets the same id.
 */
class EventIdsTest {

    @Test
    void idsAreTheHashOfTheFormatAndTheStrippedRecordAsBefore() throws Exception {
        for (String text : List.of(
                "{\"a\":1}",
                "  \t{\"a\":1}\r\n",
                "",
                "   ",
                "x".repeat(127),
                "x".repeat(128),
                "y".repeat(129),
                "{\"name\":\"Ana Lúcia\"}",
                "\u2003{\"emoji\":\"\uD83D\uDE00\"}\u2003",
                "{\"a\":\"" + "z".repeat(1000) + "\"}")) {
            for (FeedFormat format : FeedFormat.values()) {
                assertThat(EventIds.of(format, text, 3)).as(text).isEqualTo(reference(format, text, 3));
            }
        }
    }

    @Test
    void timedIdsStartWithTheTimeAndKeepTheStartOfTheHash() throws Exception {
        Instant time = Instant.parse("2026-03-17T10:15:00.123456Z");
        String id = EventIds.of(FeedFormat.ZEEK, "{\"a\":1}", 2, time);
        assertThat(id).hasSize(34).matches("[0-9a-f]{32}-2");
        assertThat(Long.parseLong(id.substring(0, 12), 16)).isEqualTo(time.toEpochMilli());
        assertThat(id.substring(12, 32))
                .isEqualTo(reference(FeedFormat.ZEEK, "{\"a\":1}", 2).substring(0, 20));
        assertThat(EventIds.of(FeedFormat.ZEEK, "  {\"a\":1}\n", 2, time)).isEqualTo(id);
    }

    @Test
    void laterEventsGetLaterIdsWhateverTheirContent() {
        Instant time = Instant.parse("2026-03-17T10:15:00Z");
        List<String> ids = List.of(
                EventIds.of(FeedFormat.SURICATA_EVE, "{\"z\":9}", 0, time),
                EventIds.of(FeedFormat.SURICATA_EVE, "{\"a\":1}", 0, time.plusMillis(1)),
                EventIds.of(FeedFormat.SURICATA_EVE, "{\"m\":5}", 0, time.plusSeconds(3600)));
        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aTimeBeyondMillisecondCountsFallsBackOnTheHash() throws Exception {
        assertThat(EventIds.of(FeedFormat.OCSF, "{}", 0, Instant.MAX)).isEqualTo(reference(FeedFormat.OCSF, "{}", 0));
    }

    /** The id as Vigil has always computed it. */
    private static String reference(FeedFormat format, String text, int index) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(format.name().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(text.strip().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest(), 0, 16) + "-" + index;
    }
}
