package org.vigil.content.route;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.content.awareness.ContentProblem;
import org.vigil.content.awareness.ContentSource;
import org.vigil.content.awareness.LocalizedText;
import org.vigil.content.json.IdIndex;
import org.vigil.content.json.JsonDocument;
import org.vigil.content.json.JsonFields;
import org.vigil.content.json.ProblemSink;

/**
 * Reads Route Guard's content from a source: {@code mitigations.json} (what the player can choose), then
 * the rounds that {@code rounds/index.txt} lists, one {@code rounds/<id>.json} each. Only these few
 * files are read, so a freshly started game process loads them quickly. Every problem is collected, with
 * its file, line, JSON path and reason; the library is given only when there is none.
 */
public final class RouteContentReader {

    static final String MITIGATIONS = "mitigations.json";
    static final String INDEX = "rounds/index.txt";
    private static final Set<String> MITIGATION_FIELDS = Set.of("id", "cost", "name", "purpose");
    private static final int MAX_COST = 5;

    /** The content shipped with Vigil. */
    public static ContentSource shipped() {
        return ContentSource.classpath(RouteContentReader.class, "/org/vigil/content/route/");
    }

    public RouteReadResult read(ContentSource source) {
        List<ContentProblem> problems = new ArrayList<>();
        // Ids of mitigations with other faults still count as known, so one fault is not reported in every round.
        Set<String> mitigationIds = new HashSet<>();
        List<Mitigation> mitigations = mitigations(source, problems, mitigationIds);
        DeliveryRoundReader roundReader = new DeliveryRoundReader(mitigationIds);
        List<DeliveryRound> rounds = new ArrayList<>();
        for (Map.Entry<String, Integer> listed : index(source, problems).entrySet()) {
            String file = "rounds/" + listed.getKey() + ".json";
            Optional<byte[]> bytes = source.read(file);
            if (bytes.isEmpty()) {
                problems.add(new ContentProblem(
                        INDEX,
                        listed.getValue(),
                        "",
                        "\"" + listed.getKey() + "\" is listed but " + file + " is missing"));
                continue;
            }
            JsonDocument.parse(file, bytes.get(), sink(problems))
                    .map(RouteContentReader::versioned)
                    .flatMap(json -> roundReader.read(json, listed.getKey()))
                    .ifPresent(rounds::add);
        }
        if (problems.isEmpty() && rounds.isEmpty()) {
            problems.add(new ContentProblem(INDEX, 0, "", "lists no round"));
        }
        return new RouteReadResult(
                problems.isEmpty() ? Optional.of(new RouteLibrary(mitigations, rounds)) : Optional.empty(), problems);
    }

    /** Round ids in order, each with its line in the index. */
    private static Map<String, Integer> index(ContentSource source, List<ContentProblem> problems) {
        return IdIndex.read(
                source::read, INDEX, "missing: it lists the rounds to read", "is not a valid round id", sink(problems));
    }

    private static List<Mitigation> mitigations(ContentSource source, List<ContentProblem> problems, Set<String> seen) {
        List<Mitigation> mitigations = new ArrayList<>();
        Optional<JsonFields> parsed = JsonDocument.read(
                        source::read, MITIGATIONS, "missing: it lists the mitigations on offer", sink(problems))
                .map(RouteContentReader::versioned);
        if (parsed.isEmpty()) {
            return mitigations;
        }
        JsonFields json = parsed.get();
        json.allowOnly(json.root(), "$", Set.of("formatVersion", "mitigations"));
        List<JsonNode> nodes = json.array(json.root(), "$", "mitigations", true);
        for (int i = 0; i < nodes.size(); i++) {
            String path = "$.mitigations[" + i + "]";
            JsonNode node = nodes.get(i);
            json.allowOnly(node, path, MITIGATION_FIELDS);
            Optional<String> id = json.id(node, path, "id");
            id.filter(m -> !seen.add(m))
                    .ifPresent(m -> json.report(path + ".id", "duplicate mitigation \"" + m + "\""));
            Optional<Integer> cost = json.wholeNumber(node, path, "cost", 1, MAX_COST);
            Optional<LocalizedText> name = LocalizedTexts.read(json, node, path, "name", false);
            Optional<LocalizedText> purpose = LocalizedTexts.read(json, node, path, "purpose", false);
            if (id.isPresent() && cost.isPresent() && name.isPresent() && purpose.isPresent()) {
                mitigations.add(new Mitigation(id.get(), cost.get(), name.get(), purpose.get()));
            }
        }
        if (nodes.size() > 9) {
            json.report("$.mitigations", "at most 9 mitigations: the player picks them with the digit keys 1 to 9");
        }
        return mitigations;
    }

    /** Every Route Guard file is in format version 1, checked before anything else in it. */
    private static JsonFields versioned(JsonDocument document) {
        JsonFields json = new JsonFields(document);
        json.formatVersion();
        return json;
    }

    private static ProblemSink sink(List<ContentProblem> problems) {
        return (file, line, path, message) -> problems.add(new ContentProblem(file, line, path, message));
    }
}
