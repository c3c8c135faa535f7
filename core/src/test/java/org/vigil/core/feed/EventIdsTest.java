package org.vigil.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ids stay what they always were, so a file imported again after an upgrade stores nothing twice. */
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

    /** The id as Vigil has always computed it. */
    private static String reference(FeedFormat format, String text, int index) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(format.name().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(text.strip().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest(), 0, 16) + "-" + index;
    }
}
