package org.vigil.content.tabletop;

import static org.vigil.content.json.JsonFields.child;
import static org.vigil.content.json.JsonFields.element;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.vigil.content.awareness.ContentProblem;
import org.vigil.content.awareness.ContentSource;
import org.vigil.content.json.JsonDocument;
import org.vigil.content.json.JsonFields;
import org.vigil.content.json.ProblemSink;
import org.vigil.core.cascade.StartState;
import org.vigil.core.model.Scenario;
import org.vigil.core.training.Difficulty;

/**
 * Reads a tabletop exercise: its structure, checked against the scenario it plays on (every asset
 * id, every supplier a redundant supplier stands in for), and its texts in the asked languages,
 * each with every key the structure needs and no other. All problems are reported at once, each
 * with its file, JSON path and reason.
 */
public final class TabletopReader {

    /** A player picks with keys 1 to 4, so a stage shows at most four options. */
    static final int MAX_OPTIONS = 4;

    private static final Set<String> ROOT_FIELDS =
            Set.of("formatVersion", "id", "scenario", "attack", "services", "chartMinutes", "stages");
    private static final Set<String> STEP_FIELDS = Set.of("asset", "state", "minute");
    private static final Set<String> STAGE_FIELDS = Set.of("id", "minute", "malicious", "levels", "cues", "options");
    private static final Set<String> OPTION_FIELDS =
            Set.of("id", "recommended", "tempting", "cues", "mitigations", "outages");
    private static final Set<String> MITIGATION_FIELDS =
            Set.of("type", "asset", "minute", "residual", "supplier", "alternative", "requiresIntact");
    private static final double LAST_MINUTE = 30 * 24 * 60;

    private final Function<String, Optional<Scenario>> scenarios;

    /** @param scenarios the scenario a file name stands for, empty if there is none */
    public TabletopReader(Function<String, Optional<Scenario>> scenarios) {
        this.scenarios = scenarios;
    }

    /** Reads {@code file} from the source and the texts {@code texts/<tag>.json} of each language. */
    public TabletopReadResult read(
            ContentSource source, String file, Set<org.vigil.content.awareness.Language> languages) {
        List<ContentProblem> problems = new ArrayList<>();
        Optional<JsonFields> json = parse(source, file, "missing file", problems);
        if (json.isEmpty()) {
            return new TabletopReadResult(Optional.empty(), problems);
        }
        int before = problems.size();
        Optional<TabletopExercise> exercise = exercise(json.get());
        Optional<Scenario> scenario = exercise.flatMap(e -> scenario(json.get(), e.scenarioFile()));
        if (exercise.isPresent() && scenario.isPresent()) {
            new TabletopChecks(json.get(), scenario.get()).check(exercise.get());
        }
        TextsReader texts = new TextsReader(source, problems);
        var byLanguage = exercise.map(e -> texts.read(e, languages));
        if (problems.size() > before || exercise.isEmpty() || scenario.isEmpty()) {
            return new TabletopReadResult(Optional.empty(), problems);
        }
        return new TabletopReadResult(
                Optional.of(new TabletopContent(exercise.get(), scenario.get(), byLanguage.orElseThrow())), problems);
    }

    /** A file's fields; tabletop problems name the file and path, no line. */
    static Optional<JsonFields> parse(
            ContentSource source, String file, String missing, List<ContentProblem> problems) {
        ProblemSink sink = (at, line, path, message) -> problems.add(new ContentProblem(at, line, path, message));
        return JsonDocument.read(source::read, file, missing, sink)
                .map(JsonDocument::withoutLines)
                .map(JsonFields::new);
    }

    private Optional<Scenario> scenario(JsonFields json, String file) {
        Optional<Scenario> scenario = scenarios.apply(file);
        if (scenario.isEmpty()) {
            json.report("$.scenario", "no valid pilot scenario \"" + file + "\"");
        }
        return scenario;
    }

    private Optional<TabletopExercise> exercise(JsonFields json) {
        JsonNode root = json.root();
        json.allowOnly(root, "$", ROOT_FIELDS);
        json.formatVersion();
        Optional<String> id = json.id(root, "$", "id");
        Optional<String> scenario = json.text(root, "$", "scenario");
        List<AttackStep> attack = steps(json, root, "$", "attack", true);
        List<String> services = json.distinctIds(root, "$", "services", true);
        List<Double> chartMinutes = new ArrayList<>();
        List<JsonNode> minutes = json.array(root, "$", "chartMinutes", true, true);
        for (int i = 0; i < minutes.size(); i++) {
            String at = element("$.chartMinutes", i);
            json.numberValue(minutes.get(i), at, 1, LAST_MINUTE).ifPresent(m -> {
                if (!chartMinutes.isEmpty() && m <= chartMinutes.get(chartMinutes.size() - 1)) {
                    json.report(
                            at,
                            "chart minutes must grow: " + m + " after " + chartMinutes.get(chartMinutes.size() - 1));
                } else {
                    chartMinutes.add(m);
                }
            });
        }
        List<TabletopStage> stages = new ArrayList<>();
        Set<String> stageIds = new HashSet<>();
        List<JsonNode> stageNodes = json.array(root, "$", "stages", true, true);
        for (int i = 0; i < stageNodes.size(); i++) {
            String at = element("$.stages", i);
            stage(json, stageNodes.get(i), at).ifPresent(stage -> {
                if (!stageIds.add(stage.id())) {
                    json.report(child(at, "id"), "duplicate stage id \"" + stage.id() + "\"");
                } else {
                    stages.add(stage);
                }
            });
        }
        if (id.isEmpty() || scenario.isEmpty() || stages.size() != stageNodes.size()) {
            return Optional.empty();
        }
        return Optional.of(new TabletopExercise(id.get(), scenario.get(), attack, services, chartMinutes, stages));
    }

    private Optional<TabletopStage> stage(JsonFields json, JsonNode node, String path) {
        if (!json.isObject(node, path)) {
            return Optional.empty();
        }
        json.allowOnly(node, path, STAGE_FIELDS);
        Optional<String> id = json.id(node, path, "id");
        Optional<Double> minute = json.number(node, path, "minute", 0, LAST_MINUTE);
        JsonNode malicious = node.get("malicious");
        if (malicious == null || !malicious.isBoolean()) {
            json.report(child(path, "malicious"), "expected true (under attack pressure) or false (legitimate)");
        }
        Set<Difficulty> levels = EnumSet.noneOf(Difficulty.class);
        List<JsonNode> levelNodes = json.array(node, path, "levels", true, true);
        for (int i = 0; i < levelNodes.size(); i++) {
            String at = element(child(path, "levels"), i);
            json.textValue(levelNodes.get(i), at)
                    .flatMap(name -> json.enumNamed(name, at, Difficulty.class))
                    .ifPresent(levels::add);
        }
        List<String> cues = json.distinctIds(node, path, "cues", true);
        List<TabletopOption> options = new ArrayList<>();
        Set<String> optionIds = new HashSet<>();
        List<JsonNode> optionNodes = json.array(node, path, "options", true, true);
        for (int i = 0; i < optionNodes.size(); i++) {
            String at = element(child(path, "options"), i);
            option(json, optionNodes.get(i), at).ifPresent(option -> {
                if (!optionIds.add(option.id())) {
                    json.report(child(at, "id"), "duplicate option id \"" + option.id() + "\"");
                } else {
                    options.add(option);
                }
            });
        }
        if (id.isEmpty() || minute.isEmpty() || malicious == null || !malicious.isBoolean()) {
            return Optional.empty();
        }
        return Optional.of(new TabletopStage(id.get(), minute.get(), malicious.asBoolean(), levels, cues, options));
    }

    private Optional<TabletopOption> option(JsonFields json, JsonNode node, String path) {
        if (!json.isObject(node, path)) {
            return Optional.empty();
        }
        json.allowOnly(node, path, OPTION_FIELDS);
        Optional<String> id = json.id(node, path, "id");
        boolean recommended = json.bool(node, path, "recommended", false).orElse(false);
        boolean tempting = json.bool(node, path, "tempting", false).orElse(false);
        List<String> cues = json.distinctIds(node, path, "cues", false);
        List<PlannedMitigation> mitigations = new ArrayList<>();
        List<JsonNode> mitigationNodes = json.array(node, path, "mitigations", false);
        for (int i = 0; i < mitigationNodes.size(); i++) {
            mitigation(json, mitigationNodes.get(i), element(child(path, "mitigations"), i))
                    .ifPresent(mitigations::add);
        }
        List<AttackStep> outages = steps(json, node, path, "outages", false);
        return id.map(value -> new TabletopOption(value, recommended, tempting, cues, mitigations, outages));
    }

    private Optional<PlannedMitigation> mitigation(JsonFields json, JsonNode node, String path) {
        if (!json.isObject(node, path)) {
            return Optional.empty();
        }
        json.allowOnly(node, path, MITIGATION_FIELDS);
        Optional<MitigationKind> kind = json.enumValue(node, path, "type", MitigationKind.class);
        Optional<String> asset = json.id(node, path, "asset");
        Optional<Double> minute = json.number(node, path, "minute", 0, LAST_MINUTE);
        Optional<String> requiresIntact = json.optionalText(node, path, "requiresIntact");
        double residual = 0;
        String supplier = "";
        String alternative = "";
        if (kind.isPresent() && kind.get() == MitigationKind.MANUAL_FALLBACK) {
            residual = json.number(node, path, "residual", 0, 1).orElse(Double.NaN);
        }
        if (kind.isPresent() && kind.get() == MitigationKind.REDUNDANT_SUPPLIER) {
            supplier = json.id(node, path, "supplier").orElse("");
            alternative = json.id(node, path, "alternative").orElse("");
        }
        if (kind.isEmpty() || asset.isEmpty() || minute.isEmpty() || Double.isNaN(residual)) {
            return Optional.empty();
        }
        return Optional.of(new PlannedMitigation(
                kind.get(), asset.get(), minute.get(), residual, supplier, alternative, requiresIntact));
    }

    private static List<AttackStep> steps(JsonFields json, JsonNode node, String path, String field, boolean required) {
        List<AttackStep> steps = new ArrayList<>();
        List<JsonNode> elements = json.array(node, path, field, required, required);
        for (int i = 0; i < elements.size(); i++) {
            String at = element(child(path, field), i);
            JsonNode step = elements.get(i);
            if (!json.isObject(step, at)) {
                continue;
            }
            json.allowOnly(step, at, STEP_FIELDS);
            Optional<String> asset = json.id(step, at, "asset");
            Optional<StartState> state = json.enumValue(step, at, "state", StartState.class);
            Optional<Double> minute = json.number(step, at, "minute", 0, LAST_MINUTE);
            if (asset.isPresent() && state.isPresent() && minute.isPresent()) {
                steps.add(new AttackStep(asset.get(), state.get(), minute.get()));
            }
        }
        return steps;
    }
}
