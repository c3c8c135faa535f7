package org.vigil.core.feed.suricata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.GoldenSamples;
import org.vigil.core.feed.JsonRecords;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.RawRecord;

/**
 * The direct reading of EVE records (no tree) gives exactly what the tree gives: on the golden
 * samples, on records shaped like the benchmark's, and on every variant of them with one value
 * replaced by another JSON type, removed, or repeated. Outcomes are compared whole: events with
 * every field, or the rejection reason.
 */
class EveDirectReadingTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-27T08:00:00Z");

    /** Shaped like {@code bench}'s generated records (Suricata 7 {@code eve-log}). */
    private static final List<String> BENCH_SHAPED = List.of(
            "{\"timestamp\":\"2025-03-12T06:00:00.000036+0100\",\"flow_id\":1269563563997123,\"in_iface\":\"ens3\","
                    + "\"event_type\":\"flow\",\"src_ip\":\"10.10.5.20\",\"src_port\":46543,\"dest_ip\":\"10.99.247.179\","
                    + "\"dest_port\":80,\"proto\":\"TCP\",\"app_proto\":\"http\",\"flow\":{\"pkts_toserver\":24,"
                    + "\"bytes_toserver\":4224,\"start\":\"2025-03-12T05:59:46.299074+0100\",\"age\":13,"
                    + "\"state\":\"established\",\"reason\":\"timeout\",\"alerted\":false},\"tcp\":{\"tcp_flags\":\"1b\","
                    + "\"syn\":true,\"state\":\"closed\"}}",
            "{\"timestamp\":\"2025-03-12T06:00:00.000300+0100\",\"flow_id\":1192097784251554,\"event_type\":\"dns\","
                    + "\"src_ip\":\"10.10.1.30\",\"src_port\":43615,\"dest_ip\":\"10.10.0.2\",\"dest_port\":53,"
                    + "\"proto\":\"UDP\",\"pkt_src\":\"wire/pcap\",\"dns\":{\"version\":2,\"type\":\"query\",\"id\":12794,"
                    + "\"rrname\":\"api.example.com\",\"rrtype\":\"AAAA\",\"tx_id\":2,\"opcode\":0}}",
            "{\"timestamp\":\"2025-03-12T06:00:00.003139+0100\",\"event_type\":\"dns\",\"src_ip\":\"10.10.0.3\","
                    + "\"src_port\":53,\"dest_ip\":\"10.10.246.214\",\"dest_port\":44348,\"proto\":\"UDP\",\"dns\":{"
                    + "\"version\":2,\"type\":\"answer\",\"id\":30990,\"flags\":\"8180\",\"qr\":true,\"rrname\":"
                    + "\"mail.lumenhaus.example\",\"rrtype\":\"A\",\"rcode\":\"NOERROR\",\"answers\":[{\"rrname\":"
                    + "\"mail.lumenhaus.example\",\"rrtype\":\"A\",\"ttl\":3432,\"rdata\":\"192.0.2.21\"},{\"rrname\":"
                    + "\"alias.example\",\"rrtype\":\"CNAME\",\"rdata\":\"target.example\"}],\"grouped\":{\"A\":"
                    + "[\"192.0.2.21\"],\"CNAME\":\"target.example\"}}}",
            "{\"timestamp\":\"2025-03-12T06:00:00.002643+0100\",\"event_type\":\"alert\",\"src_ip\":\"203.0.113.11\","
                    + "\"src_port\":43150,\"dest_ip\":\"203.0.113.10\",\"dest_port\":443,\"proto\":\"TCP\",\"alert\":{"
                    + "\"action\":\"allowed\",\"gid\":1,\"signature_id\":2024897,\"rev\":9,\"signature\":\"ET WEB_SERVER"
                    + " Possible SQL Injection Attempt UNION SELECT\",\"category\":\"Web Application Attack\","
                    + "\"severity\":1,\"metadata\":{\"affected_product\":[\"Any\"],\"mitre_tactic_id\":[\"TA0001\"],"
                    + "\"mitre_technique_id\":[\"T1190\",\"t1071.004\"],\"mitre_technique_name\":\"Exploit\"}},\"http\":{"
                    + "\"hostname\":\"www.lumenhaus.example\",\"url\":\"/cart\",\"http_user_agent\":\"curl/8.5.0\","
                    + "\"http_method\":\"POST\",\"http_port\":8080,\"status\":403,\"length\":32570},\"app_proto\":\"http\","
                    + "\"direction\":\"to_server\",\"flow\":{\"pkts_toserver\":30,\"start\":\"2025-03-12T05:58:01+0100\"}}",
            "{\"timestamp\":\"2025-03-12T06:00:00.000704+0100\",\"event_type\":\"tls\",\"src_ip\":\"10.10.102.52\","
                    + "\"src_port\":60198,\"dest_ip\":\"198.51.100.40\",\"dest_port\":443,\"proto\":\"TCP\",\"tls\":{"
                    + "\"subject\":\"CN=updates.cartly.example\",\"sni\":\"updates.cartly.example\",\"version\":"
                    + "\"TLS 1.3\",\"ja3\":{\"hash\":\"5b356088a0845406fdbbaa8ed3e66727\"}}}",
            "{\"timestamp\":\"2025-03-12T06:00:01.000704+0100\",\"event_type\":\"http\",\"src_ip\":\"2001:db8::5\","
                    + "\"dest_ip\":\"2001:db8::6\",\"tx_id\":3,\"http\":{\"hostname\":\"[2001:db8::6]\",\"url\":"
                    + "\"/index.html\",\"http_method\":\"GET\",\"status\":200}}",
            "{\"timestamp\":\"2025-03-12T06:00:02.000704+0100\",\"event_type\":\"fileinfo\",\"src_ip\":\"192.0.2.1\","
                    + "\"dest_ip\":\"10.1.1.1\",\"fileinfo\":{\"filename\":\"/a.exe\",\"magic\":\"PE32\",\"sha256\":"
                    + "\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\",\"md5\":"
                    + "\"d41d8cd98f00b204e9800998ecf8427e\",\"size\":0},\"anomaly\":{\"event\":\"x\"}}",
            "{\"timestamp\":\"2025-03-12T06:00:03.000704+0100\",\"event_type\":\"dns\",\"src_ip\":\"10.0.0.2\","
                    + "\"dns\":{\"version\":3,\"type\":\"request\",\"queries\":[{\"rrname\":\"q.example\",\"rrtype\":"
                    + "\"TXT\"}],\"query\":[{\"rrname\":\"old.example\"}]}}");

    private final SuricataEveParser direct = new SuricataEveParser();
    private final SuricataEveParser tree = new SuricataEveParser(false);

    @Test
    void theGoldenSamplesReadTheSameWithAndWithoutATree() {
        for (String line : GoldenSamples.lines("/feeds/suricata/eve.json")) {
            assertSameOutcome(line);
        }
    }

    @Test
    void benchmarkShapedRecordsAreReadDirectlyAndTheSame() {
        for (String line : BENCH_SHAPED) {
            assertThat(EveRecordReader.read(line)).as(line).isNotNull();
            assertThat(direct.parse(new RawRecord("s", 0, line), RECEIVED)).isInstanceOf(ParseOutcome.Parsed.class);
            assertSameOutcome(line);
        }
    }

    @Test
    void everyVariantWithOneValueReplacedRemovedOrRepeatedReadsTheSame() {
        List<String> records = new ArrayList<>(BENCH_SHAPED);
        records.addAll(GoldenSamples.lines("/feeds/suricata/eve.json"));
        int variants = 0;
        for (String record : records) {
            ObjectNode root = (ObjectNode) JsonRecords.parseObject(record).node();
            for (String variant : variants(root)) {
                assertSameOutcome(variant);
                variants++;
            }
        }
        assertThat(variants).isGreaterThan(10_000);
    }

    @Test
    void invalidJsonAndOtherValuesReadTheSame() {
        for (String text : List.of(
                "",
                "{",
                "[]",
                "{}",
                "{\"event_type\":\"flow\",\"timestamp\":\"2025-03-12T06:00:00.000036+0100\"} trailing",
                "{\"event_type\":\"flow\",\"timestamp\":\"2025-03-12T06:00:00.000036+0100\",\"x\":[1,}",
                "{\"event_type\":\"flow\",\"timestamp\":\"2025-03-12T06:00:00Z\",\"flow\":{\"state\":\"new\"}}",
                "{\"event_type\":\"alert\",\"timestamp\":\"2025-03-12T06:00:00Z\",\"alert\":{\"severity\":4294967297}}",
                "{\"event_type\":\"flow\",\"timestamp\":\"2025-03-12T06:00:00Z\",\"src_port\":99999999999999999999}",
                "{\"a\":" + "[".repeat(100) + "]".repeat(100)
                        + ",\"event_type\":\"x\",\"timestamp\":\"2025-03-12T06:00:00Z\"}")) {
            assertSameOutcome(text);
        }
    }

    private void assertSameOutcome(String text) {
        RawRecord record = new RawRecord("test-source", 7, text);
        assertThat(direct.parse(record, RECEIVED)).as(text).isEqualTo(tree.parse(record, RECEIVED));
    }

    /** Replacements tried for every value: each JSON type, blanks, edge numbers, lowercase techniques. */
    private static List<JsonNode> replacements() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ArrayNode strings = nodes.arrayNode()
                .add("T1059")
                .add(" ")
                .add(3)
                .add(nodes.arrayNode().add("T1003"));
        return List.of(
                nodes.nullNode(),
                nodes.textNode(""),
                nodes.textNode("  "),
                nodes.textNode("answer"),
                nodes.textNode("t1071.001"),
                nodes.textNode("/relative/path"),
                nodes.textNode("http://proxy.example/x"),
                nodes.textNode("192.0.2.7"),
                nodes.textNode("A"),
                nodes.numberNode(0),
                nodes.numberNode(80),
                nodes.numberNode(-3L),
                nodes.numberNode(1L << 40),
                nodes.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
                nodes.numberNode(2.5),
                nodes.booleanNode(true),
                strings,
                nodes.arrayNode(),
                nodes.objectNode(),
                nodes.objectNode().put("rrname", "n.example").put("rrtype", "A").put("rdata", "192.0.2.9"));
    }

    /** The record with one value replaced, one key removed, or one key written twice, for every value. */
    private static List<String> variants(ObjectNode root) {
        List<String> out = new ArrayList<>();
        List<JsonNode> replacements = replacements();
        for (List<Object> path : paths(root, new ArrayList<>())) {
            for (JsonNode replacement : replacements) {
                ObjectNode copy = root.deepCopy();
                set(copy, path, replacement);
                out.add(copy.toString());
            }
            if (path.get(path.size() - 1) instanceof String) {
                ObjectNode copy = root.deepCopy();
                remove(copy, path);
                out.add(copy.toString());
                out.add(withRepeatedKey(root, path, true));
                out.add(withRepeatedKey(root, path, false));
            }
        }
        return out;
    }

    /** Every path to a value: keys (String) and array indexes (Integer). */
    private static List<List<Object>> paths(JsonNode node, List<Object> prefix) {
        List<List<Object>> paths = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                List<Object> path = new ArrayList<>(prefix);
                path.add(field.getKey());
                paths.add(path);
                paths.addAll(paths(field.getValue(), path));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> path = new ArrayList<>(prefix);
                path.add(i);
                paths.add(path);
                paths.addAll(paths(node.get(i), path));
            }
        }
        return paths;
    }

    private static JsonNode parent(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path.subList(0, path.size() - 1)) {
            node = step instanceof String key ? node.get(key) : node.get((Integer) step);
        }
        return node;
    }

    private static void set(ObjectNode root, List<Object> path, JsonNode value) {
        JsonNode parent = parent(root, path);
        Object last = path.get(path.size() - 1);
        if (last instanceof String key) {
            ((ObjectNode) parent).set(key, value.deepCopy());
        } else {
            ((ArrayNode) parent).set((Integer) last, value.deepCopy());
        }
    }

    private static void remove(ObjectNode root, List<Object> path) {
        ((ObjectNode) parent(root, path)).remove((String) path.get(path.size() - 1));
    }

    /** The record written with the key at {@code path} twice: the second time with "x" or its own value. */
    private static String withRepeatedKey(ObjectNode root, List<Object> path, boolean otherValue) {
        JsonNode target = parent(root, path);
        String key = (String) path.get(path.size() - 1);
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JsonRecords.mapper().getFactory().createGenerator(out)) {
            write(generator, root, target, key, otherValue ? JsonNodeFactory.instance.textNode("x") : target.get(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator generator, JsonNode node, JsonNode target, String key, JsonNode again)
            throws IOException {
        if (node.isObject()) {
            generator.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                generator.writeFieldName(field.getKey());
                write(generator, field.getValue(), target, key, again);
            }
            if (node == target) {
                generator.writeFieldName(key);
                write(generator, again, null, null, null);
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray();
            for (JsonNode element : node) {
                write(generator, element, target, key, again);
            }
            generator.writeEndArray();
        } else {
            JsonRecords.mapper().writeTree(generator, node);
        }
    }
}
