package org.vigil.content.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.vigil.core.scenario.LineIndex;

/**
 * One hand-written JSON content file, parsed: its root object and the problems found in it, each
 * reported with the line its JSON path starts on.
 */
public final class JsonDocument {

    // Duplicate keys and trailing text are mistakes of hand-written files that a lenient parser hides.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String file;
    private final JsonNode root;
    private final ToIntFunction<String> lines;
    private final ProblemSink problems;
    private int reported;

    private JsonDocument(String file, JsonNode root, ToIntFunction<String> lines, ProblemSink problems) {
        this.file = file;
        this.root = root;
        this.lines = lines;
        this.problems = problems;
    }

    /** Reads {@code file} from {@code source} and parses it; a missing file is reported with {@code missing}. */
    public static Optional<JsonDocument> read(
            Function<String, Optional<byte[]>> source, String file, String missing, ProblemSink problems) {
        Optional<byte[]> bytes = source.apply(file);
        if (bytes.isEmpty()) {
            problems.add(file, 0, "", missing);
            return Optional.empty();
        }
        return parse(file, bytes.get(), problems);
    }

    /** Parses the file; a syntax error is reported with its line and gives empty, as does a root that is no object. */
    public static Optional<JsonDocument> parse(String file, byte[] bytes, ProblemSink problems) {
        try {
            JsonNode root = MAPPER.readTree(bytes);
            if (root == null || !root.isObject()) {
                problems.add(file, 1, "$", "expected a JSON object");
                return Optional.empty();
            }
            LineIndex lines = LineIndex.of(bytes, MAPPER.getFactory());
            return Optional.of(new JsonDocument(file, root, lines::lineOf, problems));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(file, line, "$", "not valid JSON: " + e.getOriginalMessage());
            return Optional.empty();
        } catch (IOException e) {
            problems.add(file, 0, "$", "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The same document reporting line 0 for every problem in its tree, for readers that name paths only. */
    public JsonDocument withoutLines() {
        return new JsonDocument(file, root, path -> 0, problems);
    }

    public String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    public int lineOf(String path) {
        return lines.applyAsInt(path);
    }

    public void report(String path, String message) {
        reported++;
        problems.add(file, lineOf(path), path, message);
    }

    /** Whether nothing was reported against this document since it was parsed. */
    public boolean clean() {
        return reported == 0;
    }
}
