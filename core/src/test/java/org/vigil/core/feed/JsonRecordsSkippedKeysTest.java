package org.vigil.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A tree without the keys a format never reads is the full tree less those keys, value for value. */
class JsonRecordsSkippedKeysTest {

    private static final Set<String> SKIPPED = Set.of("tcp", "flow_id", "in_iface", "tx_id", "pkt_src");

    @Test
    void everyRecordOfTheSuricataSampleParsesToTheFullTreeLessTheSkippedKeys() throws IOException {
        // given the EVE sample
        List<String> records = lines("/feeds/suricata/eve.json");
        assertThat(records).hasSizeGreaterThan(10);

        for (String record : records) {
            // when each record is parsed without the skipped keys
            JsonRecords.Either pruned = JsonRecords.parseObject(record, SKIPPED);

            // then it equals the full tree with those keys removed (same node types, numbers included)
            ObjectNode expected =
                    (ObjectNode) JsonRecords.parseObject(record).node().deepCopy();
            expected.remove(SKIPPED);
            assertThat(pruned.node()).as(record).isEqualTo(expected);
        }
    }

    @Test
    void numbersKeepTheTypesOfTheFullTree() {
        // given ints, longs, big integers, floats, booleans and nulls, nested
        String record =
                "{\"tcp\": {\"x\": 1}, \"a\": [1, 3000000000, 123456789012345678901234567890, 2.5e-3, true, null],"
                        + " \"b\": {\"c\": false, \"d\": \"é\\n\"}}";

        // when
        JsonRecords.Either pruned = JsonRecords.parseObject(record, SKIPPED);

        // then
        ObjectNode expected =
                (ObjectNode) JsonRecords.parseObject(record).node().deepCopy();
        expected.remove("tcp");
        assertThat(pruned.node()).isEqualTo(expected);
        assertThat(pruned.node().get("a").get(1).isLong()).isTrue();
        assertThat(pruned.node().get("a").get(2).isBigInteger()).isTrue();
    }

    @Test
    void whatIsNotAJsonObjectIsRefusedWithTheSameReasons() {
        for (String text : List.of("[1]", "", "  ", "{\"a\": }", "{\"a\": 1", "plain text")) {
            assertThat(JsonRecords.parseObject(text, SKIPPED).ok()).as(text).isFalse();
            assertThat(JsonRecords.parseObject(text).ok()).as(text).isFalse();
        }
        assertThat(JsonRecords.parseObject("[1]", SKIPPED).error()).isEqualTo("not a JSON object");
        assertThat(JsonRecords.parseObject("{\"a\": }", SKIPPED).error()).startsWith("invalid JSON: ");
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = JsonRecordsSkippedKeysTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> line.startsWith("{"))
                    .toList();
        }
    }
}
