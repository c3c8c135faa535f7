package org.vigil.core.correlate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.JsonRecords;

/**
 * Flattening a record straight from its tokens gives what flattening its parsed tree gives, and
 * with a demand exactly the demanded part of it: rules see the same fields either way.
 */
class FlattenedJsonTest {

    private static final List<String> SAMPLES = List.of(
            "/feeds/suricata/eve.json",
            "/feeds/wazuh/alerts.json",
            "/feeds/zeek/zeek.json",
            "/feeds/json/samples.jsonl",
            "/feeds/telemetry/telemetry.jsonl",
            "/feeds/vigil/events.jsonl");

    @Test
    void everyRecordOfTheSampleFeedsFlattensAsItsTreeDoes() throws IOException {
        // given the JSON-lines sample feeds of six monitor formats
        List<String> records = records();
        assertThat(records).hasSizeGreaterThan(50);

        for (String record : records) {
            // when each is flattened from its tokens
            Map<String, List<String>> flattened = FlattenedJson.of(
                            record, EventFields.MAX_VALUES, FieldDemand.everything())
                    .orElseThrow();

            // then it has the same keys, in the same order, with the same values as its tree
            assertThat(flattened).as(record).containsExactlyEntriesOf(treeFlattened(record));
        }
    }

    @Test
    void aDemandKeepsExactlyTheDemandedFieldsIgnoringCase() throws IOException {
        // given rules that ask for a nested field, an array, a top-level field (in other case) and one no record has
        FieldDemand demand =
                FieldDemand.of(List.of("alert.signature", "DNS.rrname", "src_ip", "rule.groups", "not.there"));
        Set<String> wanted = Set.of("alert.signature", "dns.rrname", "src_ip", "rule.groups");

        for (String record : records()) {
            // when a record is flattened for them
            Map<String, List<String>> flattened =
                    FlattenedJson.of(record, EventFields.MAX_VALUES, demand).orElseThrow();

            // then it holds just the demanded part of the full flattening
            Map<String, List<String>> expected = treeFlattened(record).entrySet().stream()
                    .filter(e -> wanted.contains(e.getKey().toLowerCase(Locale.ROOT)))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
            assertThat(flattened).as(record).containsExactlyEntriesOf(expected);
        }
    }

    @Test
    void aKeyWithDotsMatchesTheDottedNameAndNullsArraysAndNumbersReadAsInTheTree() {
        // given a record with a dotted key, a null, an empty array, an array of objects and a float
        String record = "{\"a.b\": 1, \"n\": null, \"e\": [], \"xs\": [{\"v\": 1}, null, {\"v\": 2.50}], \"f\": 1e3}";
        FieldDemand demand = FieldDemand.of(List.of("a.b", "n", "e", "xs", "xs.v", "f"));

        // when
        Map<String, List<String>> flattened =
                FlattenedJson.of(record, EventFields.MAX_VALUES, demand).orElseThrow();

        // then
        assertThat(flattened)
                .containsExactlyEntriesOf(treeFlattened(record))
                .containsEntry("xs.v", List.of("1", "2.5"))
                .containsEntry("f", List.of("1000.0"))
                .containsEntry("n", List.of());
    }

    @Test
    void theStrictReaderFlattensEveryRecordAndEditAsJacksonDoes() throws IOException {
        // given the sample records, floats in several spellings, and random edits of the records
        List<String> records = new ArrayList<>(records());
        records.add("{\"f\": [1e3, -0.0, 2.50, 1E-7, 123456.789e2, -0], \"s\": \"a\\u00e9\\\"b\"}");
        records.add("{\"\\u0041lert\": {\"Signature\": \"x\", \"sig\\u006eature\": \"y\"}, \"SRC_IP\": \"1\","
                + " \"alert.signature\": \"z\", \"dns\": {\"RRNAME\": [\"a\", {\"b\": 1}]}}");
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        String edits = "{}[]:,\"\\ 0123456789-.eEtrufalsn";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder(records.get(random.nextInt(records.size())));
            int at = random.nextInt(text.length());
            text.setCharAt(at, edits.charAt(random.nextInt(edits.length())));
            records.add(text.toString());
        }
        FieldDemand demand = FieldDemand.of(List.of("alert.signature", "dns.rrname", "src_ip", "f", "s", "data.srcip"));
        for (String record : records) {
            for (FieldDemand d : List.of(FieldDemand.everything(), demand)) {
                // then the strict reader (falling back to Jackson) gives exactly Jackson's result
                assertThat(FlattenedJson.of(record, 50, d))
                        .as(record)
                        .isEqualTo(FlattenedJson.withJackson(record, 50, d));
            }
        }
    }

    @Test
    void aKeywordSearchDemandsEveryField() {
        // given a demand including the empty name of a keyword search
        FieldDemand demand = FieldDemand.of(List.of("alert.signature", ""));

        // then every field is flattened
        assertThat(demand.isEverything()).isTrue();
    }

    @Test
    void whatIsNotOneJsonObjectIsNotFlattened() {
        assertThat(FlattenedJson.of("[1, 2]", 10, FieldDemand.everything())).isEmpty();
        assertThat(FlattenedJson.of("{\"a\": ", 10, FieldDemand.everything())).isEmpty();
        assertThat(FlattenedJson.of("<14>plain syslog", 10, FieldDemand.everything()))
                .isEmpty();
    }

    @Test
    void readingStopsAtTheValueBudget() {
        // given a record with more values than the budget
        String record = "{\"a\": 1, \"b\": [2, 3], \"c\": 4}";

        // when at most two values are kept
        Map<String, List<String>> flattened =
                FlattenedJson.of(record, 2, FieldDemand.everything()).orElseThrow();

        // then the first two are there and nothing after them
        assertThat(flattened).containsExactly(Map.entry("a", List.of("1")), Map.entry("b", List.of("2")));
    }

    private static List<String> records() throws IOException {
        List<String> records = new ArrayList<>();
        for (String sample : SAMPLES) {
            try (var in = FlattenedJsonTest.class.getResourceAsStream(sample)) {
                assertThat(in).as(sample).isNotNull();
                new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .map(String::strip)
                        .filter(line -> line.startsWith("{"))
                        .filter(line -> JsonRecords.parseObject(line).ok())
                        .forEach(records::add);
            }
        }
        return records;
    }

    /** The reference: the parsed tree flattened, as rules saw records before. */
    private static Map<String, List<String>> treeFlattened(String record) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        flatten(JsonRecords.parseObject(record).node(), "", out);
        return out;
    }

    private static void flatten(JsonNode node, String key, Map<String, List<String>> out) {
        if (node.isObject()) {
            node.fields()
                    .forEachRemaining(
                            e -> flatten(e.getValue(), key.isEmpty() ? e.getKey() : key + "." + e.getKey(), out));
        } else if (node.isArray()) {
            out.computeIfAbsent(key, k -> new ArrayList<>());
            node.forEach(element -> {
                if (!element.isNull()) {
                    flatten(element, key, out);
                }
            });
        } else {
            List<String> values = out.computeIfAbsent(key, k -> new ArrayList<>());
            if (!node.isNull()) {
                values.add(node.asText());
            }
        }
    }
}
