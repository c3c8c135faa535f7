package org.vigil.content.route;

import static org.vigil.content.json.JsonFields.child;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.content.awareness.LocalizedText;
import org.vigil.content.json.JsonFields;
import org.vigil.core.training.Difficulty;

/**
 * Reads one round's file and checks it against itself and the mitigations on offer: places, roads and
 * the route join up, steps happen on the route and name known mitigations, a malicious round has a plan
 * and a benign one none, and every cue points at real steps. Every problem is reported, then the round
 * is given only if there was none.
 */
final class DeliveryRoundReader {

    private static final Set<String> ROUND_FIELDS = Set.of(
            "formatVersion",
            "id",
            "malicious",
            "budgets",
            "title",
            "briefing",
            "debrief",
            "places",
            "roads",
            "route",
            "steps",
            "cues");
    private static final Set<String> PLACE_FIELDS = Set.of("id", "kind", "x", "y", "name");
    private static final Set<String> STEP_FIELDS =
            Set.of("id", "at", "label", "achieved", "blocked", "detected", "blockedBy", "detectedBy", "evadedOnHard");
    private static final Set<String> CUE_FIELDS = Set.of("id", "signal", "explanation", "steps");
    private static final int MAX_BUDGET = 10;

    private final Set<String> mitigations;

    DeliveryRoundReader(Set<String> mitigations) {
        this.mitigations = Set.copyOf(mitigations);
    }

    Optional<DeliveryRound> read(JsonFields json, String expectedId) {
        JsonNode root = json.root();
        json.allowOnly(root, "$", ROUND_FIELDS);
        Optional<String> id = json.id(root, "$", "id");
        id.filter(i -> !i.equals(expectedId))
                .ifPresent(
                        i -> json.report("$.id", "id \"" + i + "\" differs from the file name \"" + expectedId + "\""));
        Optional<Boolean> malicious = json.bool(root, "$", "malicious");
        Map<Difficulty, Integer> budgets = budgets(json, root);
        Optional<LocalizedText> title = LocalizedTexts.read(json, root, "$", "title", false);
        Optional<LocalizedText> briefing = LocalizedTexts.read(json, root, "$", "briefing", false);
        Optional<LocalizedText> debrief = LocalizedTexts.read(json, root, "$", "debrief", false);
        List<MapPlace> places = places(json, root);
        Set<String> placeIds = new HashSet<>();
        places.forEach(p -> placeIds.add(p.id()));
        List<List<String>> roads = roads(json, root, placeIds);
        List<String> route = route(json, root, placeIds, roads);
        Set<String> stepIds = new HashSet<>();
        List<InsiderStep> steps = steps(json, root, route, stepIds);
        malicious.ifPresent(m -> {
            if (m && stepIds.isEmpty()) {
                json.report("$.steps", "a malicious round needs the insider's plan: at least one step");
            } else if (!m
                    && root.has("steps")
                    && !json.array(root, "$", "steps", false).isEmpty()) {
                json.report("$.steps", "a benign round has no insider steps");
            }
        });
        List<RouteCue> cues = cues(json, root, stepIds, malicious.orElse(false));
        if (!json.clean()
                || id.isEmpty()
                || malicious.isEmpty()
                || title.isEmpty()
                || briefing.isEmpty()
                || debrief.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DeliveryRound(
                id.get(),
                malicious.get(),
                budgets,
                title.get(),
                briefing.get(),
                debrief.get(),
                places,
                roads,
                route,
                steps,
                cues));
    }

    private Map<Difficulty, Integer> budgets(JsonFields json, JsonNode root) {
        Map<Difficulty, Integer> budgets = new EnumMap<>(Difficulty.class);
        JsonNode node = root.get("budgets");
        if (node == null || !node.isObject() || node.isEmpty()) {
            json.report("$.budgets", "expected an object giving the budget at each difficulty the round is played at");
            return budgets;
        }
        node.fields().forEachRemaining(entry -> {
            String path = child("$.budgets", entry.getKey());
            json.enumNamed(entry.getKey(), path, Difficulty.class)
                    .ifPresent(d -> json.wholeNumberValue(entry.getValue(), path, 1, MAX_BUDGET)
                            .ifPresent(b -> budgets.put(d, b)));
        });
        return budgets;
    }

    private List<MapPlace> places(JsonFields json, JsonNode root) {
        List<MapPlace> places = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<JsonNode> nodes = json.array(root, "$", "places", true);
        for (int i = 0; i < nodes.size(); i++) {
            String path = "$.places[" + i + "]";
            JsonNode node = nodes.get(i);
            json.allowOnly(node, path, PLACE_FIELDS);
            Optional<String> id = json.id(node, path, "id");
            id.filter(p -> !seen.add(p))
                    .ifPresent(p -> json.report(child(path, "id"), "duplicate place \"" + p + "\""));
            Optional<PlaceKind> kind = json.enumValue(node, path, "kind", PlaceKind.class);
            Optional<Integer> x = json.wholeNumber(node, path, "x", 0, 100);
            Optional<Integer> y = json.wholeNumber(node, path, "y", 0, 100);
            Optional<LocalizedText> name = LocalizedTexts.read(json, node, path, "name", true);
            if (id.isPresent() && kind.isPresent() && x.isPresent() && y.isPresent() && name.isPresent()) {
                places.add(new MapPlace(id.get(), kind.get(), x.get(), y.get(), name.get()));
            }
        }
        return places;
    }

    private List<List<String>> roads(JsonFields json, JsonNode root, Set<String> places) {
        List<List<String>> roads = new ArrayList<>();
        List<JsonNode> nodes = json.array(root, "$", "roads", true);
        for (int i = 0; i < nodes.size(); i++) {
            String path = "$.roads[" + i + "]";
            JsonNode node = nodes.get(i);
            if (!node.isArray()
                    || node.size() != 2
                    || !node.get(0).isTextual()
                    || !node.get(1).isTextual()) {
                json.report(path, "expected a road as two place ids: [\"from\", \"to\"]");
                continue;
            }
            List<String> road = List.of(node.get(0).asText(), node.get(1).asText());
            boolean known = true;
            for (int end = 0; end < 2; end++) {
                if (!places.contains(road.get(end))) {
                    json.report(path + "[" + end + "]", "unknown place \"" + road.get(end) + "\"");
                    known = false;
                }
            }
            if (known) {
                roads.add(road);
            }
        }
        return roads;
    }

    private List<String> route(JsonFields json, JsonNode root, Set<String> places, List<List<String>> roads) {
        List<String> route = json.ids(root, "$", "route", true);
        if (route.size() < 2) {
            json.report("$.route", "a route needs at least two places");
        }
        for (int i = 0; i < route.size(); i++) {
            if (!places.contains(route.get(i))) {
                json.report("$.route[" + i + "]", "unknown place \"" + route.get(i) + "\"");
            } else if (i > 0 && !joined(roads, route.get(i - 1), route.get(i))) {
                json.report(
                        "$.route[" + i + "]",
                        "no road joins \"" + route.get(i - 1) + "\" and \"" + route.get(i) + "\"");
            }
        }
        return route;
    }

    private static boolean joined(List<List<String>> roads, String a, String b) {
        return roads.contains(List.of(a, b)) || roads.contains(List.of(b, a));
    }

    /** The valid steps; {@code seen} gets every step id read, valid step or not, for the cues to refer to. */
    private List<InsiderStep> steps(JsonFields json, JsonNode root, List<String> route, Set<String> seen) {
        List<InsiderStep> steps = new ArrayList<>();
        List<JsonNode> nodes = json.array(root, "$", "steps", false);
        for (int i = 0; i < nodes.size(); i++) {
            String path = "$.steps[" + i + "]";
            JsonNode node = nodes.get(i);
            json.allowOnly(node, path, STEP_FIELDS);
            Optional<String> id = json.id(node, path, "id");
            id.filter(s -> !seen.add(s)).ifPresent(s -> json.report(child(path, "id"), "duplicate step \"" + s + "\""));
            Optional<String> at = json.id(node, path, "at").filter(place -> {
                if (route.contains(place)) {
                    return true;
                }
                json.report(child(path, "at"), "\"" + place + "\" is not a place of the route");
                return false;
            });
            Optional<LocalizedText> label = LocalizedTexts.read(json, node, path, "label", false);
            Optional<LocalizedText> achieved = LocalizedTexts.read(json, node, path, "achieved", false);
            List<String> blockedBy = knownMitigations(json, node, path, "blockedBy");
            List<String> detectedBy = knownMitigations(json, node, path, "detectedBy");
            Optional<LocalizedText> blocked = outcomeText(json, node, path, "blocked", !blockedBy.isEmpty());
            Optional<LocalizedText> detected = outcomeText(json, node, path, "detected", !detectedBy.isEmpty());
            if (blockedBy.isEmpty() && detectedBy.isEmpty()) {
                json.report(path, "no mitigation blocks or detects this step: give blockedBy or detectedBy");
            }
            List<Evasion> evasions = evasions(json, node, path, blockedBy, detectedBy);
            if (id.isPresent() && at.isPresent() && label.isPresent() && achieved.isPresent()) {
                steps.add(new InsiderStep(
                        id.get(),
                        at.get(),
                        label.get(),
                        achieved.get(),
                        blocked,
                        detected,
                        blockedBy,
                        detectedBy,
                        evasions));
            }
        }
        return steps;
    }

    /** What the player sees when the step is blocked or detected: required exactly when that can happen. */
    private static Optional<LocalizedText> outcomeText(
            JsonFields json, JsonNode node, String path, String field, boolean possible) {
        if (possible) {
            return LocalizedTexts.read(json, node, path, field, false);
        }
        if (node.has(field)) {
            json.report(child(path, field), "no mitigation can make this happen: drop \"" + field + "\"");
        }
        return Optional.empty();
    }

    private List<String> knownMitigations(JsonFields json, JsonNode node, String path, String field) {
        List<String> ids = json.ids(node, path, field, false);
        for (int i = 0; i < ids.size(); i++) {
            if (!mitigations.contains(ids.get(i))) {
                json.report(child(path, field) + "[" + i + "]", "unknown mitigation \"" + ids.get(i) + "\"");
            }
        }
        return ids.stream().filter(mitigations::contains).toList();
    }

    private List<Evasion> evasions(
            JsonFields json, JsonNode node, String path, List<String> blockedBy, List<String> detectedBy) {
        List<Evasion> evasions = new ArrayList<>();
        List<JsonNode> nodes = json.array(node, path, "evadedOnHard", false);
        for (int i = 0; i < nodes.size(); i++) {
            String here = child(path, "evadedOnHard") + "[" + i + "]";
            JsonNode evasion = nodes.get(i);
            json.allowOnly(evasion, here, Set.of("mitigation", "text"));
            Optional<String> mitigation = json.id(evasion, here, "mitigation").filter(m -> {
                if (blockedBy.contains(m) || detectedBy.contains(m)) {
                    return true;
                }
                json.report(child(here, "mitigation"), "\"" + m + "\" neither blocks nor detects this step");
                return false;
            });
            Optional<LocalizedText> text = LocalizedTexts.read(json, evasion, here, "text", false);
            if (mitigation.isPresent() && text.isPresent()) {
                evasions.add(new Evasion(mitigation.get(), text.get()));
            }
        }
        return evasions;
    }

    private List<RouteCue> cues(JsonFields json, JsonNode root, Set<String> stepIds, boolean malicious) {
        List<RouteCue> cues = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<JsonNode> nodes = json.array(root, "$", "cues", true);
        if (nodes.isEmpty()) {
            json.report("$.cues", "a round teaches at least one cue");
        }
        for (int i = 0; i < nodes.size(); i++) {
            String path = "$.cues[" + i + "]";
            JsonNode node = nodes.get(i);
            json.allowOnly(node, path, CUE_FIELDS);
            Optional<String> id = json.id(node, path, "id");
            id.filter(c -> !seen.add(c)).ifPresent(c -> json.report(child(path, "id"), "duplicate cue \"" + c + "\""));
            Optional<LocalizedText> signal = LocalizedTexts.read(json, node, path, "signal", false);
            Optional<LocalizedText> explanation = LocalizedTexts.read(json, node, path, "explanation", false);
            List<String> cueSteps = json.ids(node, path, "steps", false);
            if (malicious && cueSteps.isEmpty()) {
                json.report(child(path, "steps"), "a malicious round's cue names the insider steps it warns of");
            } else if (!malicious && !cueSteps.isEmpty()) {
                json.report(child(path, "steps"), "a benign round's cue warns of no insider step");
            }
            for (int s = 0; s < cueSteps.size(); s++) {
                if (!stepIds.contains(cueSteps.get(s))) {
                    json.report(child(path, "steps") + "[" + s + "]", "unknown step \"" + cueSteps.get(s) + "\"");
                }
            }
            if (id.isPresent() && signal.isPresent() && explanation.isPresent()) {
                cues.add(new RouteCue(id.get(), signal.get(), explanation.get(), cueSteps));
            }
        }
        return cues;
    }
}
