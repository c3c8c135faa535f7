package org.vigil.content.route;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.content.awareness.ContentProblem;
import org.vigil.content.awareness.ContentSource;
import org.vigil.content.awareness.LocalizedText;

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
            RouteJson.parse(file, bytes.get(), problems)
                    .flatMap(json -> roundReader.read(json, listed.getKey()))
                    .ifPresent(rounds::add);
        }
        if (problems.isEmpty() && rounds.isEmpty()) {
            problems.add(new ContentProblem(INDEX, 0, "", "lists no round"));
        }
        return new RouteReadResult(
                problems.isEmpty() ? Optional.of(new RouteLibrary(mitigations, rounds)) : Optional.empty(), problems);
    }

    /** Round ids in order, each with its line in the index; blank lines and # comments are skipped. */
    private static Map<String, Integer> index(ContentSource source, List<ContentProblem> problems) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        Optional<byte[]> bytes = source.read(INDEX);
        if (bytes.isEmpty()) {
            problems.add(new ContentProblem(INDEX, 0, "", "missing: it lists the rounds to read"));
            return ids;
        }
        String[] lines = new String(bytes.get(), StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String id = lines[i].strip();
            if (id.isEmpty() || id.startsWith("#")) {
                continue;
            }
            if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
                problems.add(new ContentProblem(INDEX, i + 1, "", "\"" + id + "\" is not a valid round id"));
            } else if (ids.putIfAbsent(id, i + 1) != null) {
                problems.add(new ContentProblem(INDEX, i + 1, "", "\"" + id + "\" is listed twice"));
            }
        }
        return ids;
    }

    private static List<Mitigation> mitigations(ContentSource source, List<ContentProblem> problems, Set<String> seen) {
        List<Mitigation> mitigations = new ArrayList<>();
        Optional<byte[]> bytes = source.read(MITIGATIONS);
        if (bytes.isEmpty()) {
            problems.add(new ContentProblem(MITIGATIONS, 0, "", "missing: it lists the mitigations on offer"));
            return mitigations;
        }
        Optional<RouteJson> parsed = RouteJson.parse(MITIGATIONS, bytes.get(), problems);
        if (parsed.isEmpty()) {
            return mitigations;
        }
        RouteJson json = parsed.get();
        json.allowOnly(json.root(), "$", Set.of("formatVersion", "mitigations"));
        List<JsonNode> nodes = json.array(json.root(), "$", "mitigations", true);
        for (int i = 0; i < nodes.size(); i++) {
            String path = "$.mitigations[" + i + "]";
            JsonNode node = nodes.get(i);
            json.allowOnly(node, path, MITIGATION_FIELDS);
            Optional<String> id = json.id(node, path, "id");
            id.filter(m -> !seen.add(m))
                    .ifPresent(m -> json.report(path + ".id", "duplicate mitigation \"" + m + "\""));
            Optional<Integer> cost = json.number(node, path, "cost", 1, MAX_COST);
            Optional<LocalizedText> name = json.localized(node, path, "name", false);
            Optional<LocalizedText> purpose = json.localized(node, path, "purpose", false);
            if (id.isPresent() && cost.isPresent() && name.isPresent() && purpose.isPresent()) {
                mitigations.add(new Mitigation(id.get(), cost.get(), name.get(), purpose.get()));
            }
        }
        if (nodes.size() > 9) {
            json.report("$.mitigations", "at most 9 mitigations: the player picks them with the digit keys 1 to 9");
        }
        return mitigations;
    }
}
