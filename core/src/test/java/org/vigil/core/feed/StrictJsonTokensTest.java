package org.vigil.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The strict reader never accepts what Jackson (as {@link JsonRecords} configures it) rejects, and
 * reads what it accepts as Jackson does: the same keys, tokens, texts and numbers, in order. Checked
 * on the sample feeds and on a hundred thousand random edits of them, and on hand-picked edge cases.
 */
class StrictJsonTokensTest {

    private static final List<String> SAMPLES = List.of(
            "/feeds/suricata/eve.json",
            "/feeds/wazuh/alerts.json",
            "/feeds/zeek/zeek.json",
            "/feeds/json/samples.jsonl",
            "/feeds/telemetry/telemetry.jsonl",
            "/feeds/vigil/events.jsonl");

    /** What random edits insert: JSON's structural characters, escapes, digits, letters, controls. */
    private static final String EDITS = "{}[]:,\"\\/ \t\n\r0123456789-+.eEtrufalsn\u0000\u0001\u00e9\u20ac\ufeffux";

    @Test
    void theSampleFeedsReadAsJacksonReadsThem() {
        for (String record : samples()) {
            assertThat(strict(record)).as(record).isNotNull().isEqualTo(jackson(record));
        }
    }

    @Test
    void randomEditsAreEitherLeftToJacksonOrReadAsJacksonReadsThem() {
        SplittableRandom random = new SplittableRandom(20261127L);
        List<String> samples = samples();
        int readStrictly = 0;
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder(samples.get(random.nextInt(samples.size())));
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(text.length() + 1);
                char c = EDITS.charAt(random.nextInt(EDITS.length()));
                switch (random.nextInt(3)) {
                    case 0 -> text.insert(at, c);
                    case 1 -> {
                        if (at < text.length()) {
                            text.deleteCharAt(at);
                        }
                    }
                    default -> {
                        if (at < text.length()) {
                            text.setCharAt(at, c);
                        }
                    }
                }
            }
            String edited = text.toString();
            List<String> strict = strict(edited);
            if (strict != null) {
                readStrictly++;
                assertThat(jackson(edited)).as(edited).isEqualTo(strict);
            }
        }
        assertThat(readStrictly).as("edits still valid JSON").isGreaterThan(10_000);
    }

    @Test
    void edgeCasesAreReadAsJacksonOrLeftToIt() {
        for (String text : List.of(
                "{}",
                " \t\r\n{} trailing",
                "{\"a\":-0,\"b\":0.5e-3,\"c\":1E+2,\"d\":123456789012345678}",
                "{\"a\":01}",
                "{\"a\":1.}",
                "{\"a\":.5}",
                "{\"a\":+1}",
                "{\"a\":-}",
                "{\"a\":1e}",
                "{\"a\":1234567890123456789}",
                "{\"a\":truex}",
                "{\"a\":nul}",
                "{\"a\":\"\\u00e9\\uD83D\\uDE00\\/\\b\\f\\n\\r\\t\\\"\\\\\"}",
                "{\"a\":\"\\u00g0\"}",
                "{\"a\":\"\\u\uff10\uff10\uff14\uff11\"}",
                "{\"a\":\"\\x\"}",
                "{\"a\":\"tab\there\"}",
                "{\"a\":[1,2,]}",
                "{\"a\":1,}",
                "{,\"a\":1}",
                "{\"a\" 1}",
                "{'a':1}",
                "{a:1}",
                "\ufeff{\"a\":1}",
                "{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}",
                "{\"a\":" + "[".repeat(70) + "]".repeat(70) + "}",
                "{\"a\":[{\"b\":[1,{\"c\":null}]},true,false]}",
                "{\"a\":1}}",
                "[1]",
                "")) {
            List<String> strict = strict(text);
            if (strict != null) {
                assertThat(jackson(text)).as(text).isEqualTo(strict);
            }
        }
        assertThat(strict("{\"a\":\"\\u00e9\\/\"}"))
                .containsExactly("START_OBJECT", "name a", "VALUE_STRING é/", "END_OBJECT");
    }

    /** The tokens of the root object as the strict reader reads them, or null when it leaves the text to Jackson. */
    private static List<String> strict(String text) {
        try {
            StrictJsonTokens tokens = StrictJsonTokens.ofObject(text);
            List<String> out = new ArrayList<>();
            out.add("START_OBJECT");
            strictObject(tokens, out);
            return out;
        } catch (StrictJsonTokens.NotRead e) {
            return null;
        }
    }

    private static void strictObject(StrictJsonTokens tokens, List<String> out) {
        String name;
        while ((name = tokens.nextFieldName()) != null) {
            out.add("name " + name);
            strictValue(tokens, tokens.nextToken(), out);
        }
        out.add("END_OBJECT");
    }

    private static void strictValue(StrictJsonTokens tokens, JsonToken token, List<String> out) {
        switch (token) {
            case START_OBJECT -> {
                out.add("START_OBJECT");
                strictObject(tokens, out);
            }
            case START_ARRAY -> {
                out.add("START_ARRAY");
                JsonToken element;
                while ((element = tokens.nextElement()) != JsonToken.END_ARRAY) {
                    strictValue(tokens, element, out);
                }
                out.add("END_ARRAY");
            }
            case VALUE_STRING -> out.add("VALUE_STRING " + tokens.getText());
            case VALUE_NUMBER_INT ->
                out.add("VALUE_NUMBER_INT " + tokens.getNumberText() + " " + tokens.getLongValue());
            case VALUE_NUMBER_FLOAT -> out.add("VALUE_NUMBER_FLOAT " + tokens.getNumberText());
            default -> out.add(token.name());
        }
    }

    /** The same walk with Jackson; null when Jackson rejects the text. */
    private static List<String> jackson(String text) {
        try (JsonParser parser = JsonRecords.mapper().getFactory().createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            List<String> out = new ArrayList<>();
            out.add("START_OBJECT");
            int depth = 1;
            while (depth > 0) {
                JsonToken token = parser.nextToken();
                switch (token) {
                    case FIELD_NAME -> out.add("name " + parser.currentName());
                    case START_OBJECT, START_ARRAY -> {
                        depth++;
                        out.add(token.name());
                    }
                    case END_OBJECT, END_ARRAY -> {
                        depth--;
                        out.add(token.name());
                    }
                    case VALUE_STRING -> out.add("VALUE_STRING " + parser.getText());
                    case VALUE_NUMBER_INT ->
                        out.add("VALUE_NUMBER_INT " + parser.getText() + " " + parser.getLongValue());
                    case VALUE_NUMBER_FLOAT -> out.add("VALUE_NUMBER_FLOAT " + parser.getText());
                    default -> out.add(token.name());
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static List<String> samples() {
        List<String> records = new ArrayList<>();
        for (String sample : SAMPLES) {
            records.addAll(GoldenSamples.lines(sample));
        }
        return records;
    }
}
