package org.vigil.core.scenario;

import static org.vigil.core.scenario.FieldReader.child;
import static org.vigil.core.scenario.FieldReader.element;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Dependency;
import org.vigil.core.model.DependencyType;
import org.vigil.core.model.ImpactGrowth;
import org.vigil.core.model.Monitor;
import org.vigil.core.model.MonitorKind;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.OrganisationType;
import org.vigil.core.model.Scenario;
import org.vigil.core.model.ScenarioTexts;
import org.vigil.core.model.TimelineEvent;

/**
 * Reads a scenario file (see docs/scenario-format.md) and validates all of it, reporting every
 * problem with file, line, JSON path and reason. A scenario is returned only when there is no error.
 */
public final class ScenarioReader {

    public static final int FORMAT_VERSION = 1;
    public static final int MAX_FILE_MIB = 32;
    static final long MAX_OFFSET_SECONDS = 30L * 24 * 3600;
    private static final int MAX_DEPTH = 64;

    private final ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    public ScenarioReadResult read(Path file) {
        String source = file.toString(); // as the user gave it, so a terminal can open it
        try {
            if (Files.size(file) > MAX_FILE_MIB * 1024L * 1024L) {
                return failed(source, ProblemCode.FILE_TOO_LARGE, MAX_FILE_MIB);
            }
            return read(source, Files.readAllBytes(file));
        } catch (IOException e) {
            return failed(source, ProblemCode.UNREADABLE_FILE, describe(e));
        }
    }

    public ScenarioReadResult read(String source, byte[] json) {
        LineIndex lines = LineIndex.of(json, mapper.getFactory());
        FieldReader fields = new FieldReader(source, lines);
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            Problem problem = new Problem(source, line, "$", ProblemCode.SYNTAX, List.of(e.getOriginalMessage()));
            return new ScenarioReadResult(Optional.empty(), List.of(problem));
        } catch (CharConversionException e) {
            return failed(source, ProblemCode.SYNTAX, e.getMessage());
        } catch (IOException e) {
            return failed(source, ProblemCode.UNREADABLE_FILE, describe(e));
        }
        if (root == null || !fields.isObject(root, "$")) {
            if (root == null) {
                fields.report("$", ProblemCode.WRONG_TYPE, "object");
            }
            return new ScenarioReadResult(Optional.empty(), fields.problems());
        }
        Optional<Scenario> scenario = new Parse(fields).scenario(root);
        List<Problem> problems = fields.problems();
        boolean errors = problems.stream().anyMatch(Problem::isError);
        return new ScenarioReadResult(errors ? Optional.empty() : scenario, problems);
    }

    private static ScenarioReadResult failed(String source, ProblemCode code, Object arg) {
        return new ScenarioReadResult(
                Optional.empty(), List.of(new Problem(source, 0, "$", code, List.of(String.valueOf(arg)))));
    }

    private static String describe(IOException e) {
        return e instanceof JsonParseException || e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage();
    }

    /** One pass over one file's tree. */
    private final class Parse {
        private final FieldReader fields;
        private final Set<String> organisationIds = new HashSet<>();
        private final Set<String> monitorIds = new HashSet<>();
        private final Map<String, Asset> assets = new HashMap<>();
        private final Set<String> assetIds = new HashSet<>();

        private final AssetReader assetReader;

        Parse(FieldReader fields) {
            this.fields = fields;
            this.assetReader = new AssetReader(fields, organisationIds);
        }

        Optional<Scenario> scenario(JsonNode root) {
            fields.rejectUnknownFields(
                    root,
                    "$",
                    Set.of(
                            "formatVersion",
                            "id",
                            "name",
                            "description",
                            "organisations",
                            "monitors",
                            "assets",
                            "dependencies",
                            "timeline",
                            "translations"));
            fields.integer(root, "$", "formatVersion", 0, Integer.MAX_VALUE).ifPresent(version -> {
                if (version != FORMAT_VERSION) {
                    fields.report("$.formatVersion", ProblemCode.UNSUPPORTED_VERSION, version, FORMAT_VERSION);
                }
            });
            Optional<String> id = fields.id(root, "$", "id");
            Optional<String> name = fields.text(root, "$", "name", true);
            Optional<String> description = fields.text(root, "$", "description", true);

            List<Organisation> organisations = organisations(root);
            List<Monitor> monitors = monitors(root);
            List<Asset> assetList = assets(root);
            List<Dependency> dependencies = dependencies(root);
            List<TimelineEvent> timeline = timeline(root);
            ScenarioTexts texts = translations(root);
            new CycleReport(fields).report(assetList, dependencies);

            if (id.isEmpty() || name.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Scenario(
                        id.get(),
                        name.get(),
                        description.orElse(""),
                        organisations,
                        monitors,
                        assetList,
                        dependencies,
                        timeline,
                        texts));
            } catch (IllegalArgumentException e) {
                return Optional.empty(); // already reported field by field
            }
        }

        private List<Organisation> organisations(JsonNode root) {
            List<Organisation> result = new ArrayList<>();
            List<JsonNode> elements = fields.array(root, "$", "organisations", true, true);
            for (int i = 0; i < elements.size(); i++) {
                String path = element("$.organisations", i);
                JsonNode node = elements.get(i);
                if (!fields.isObject(node, path)) {
                    continue;
                }
                fields.rejectUnknownFields(node, path, Set.of("id", "type", "name"));
                Optional<String> id = fields.id(node, path, "id");
                Optional<OrganisationType> type = fields.enumValue(node, path, "type", OrganisationType.class);
                Optional<String> name = fields.text(node, path, "name", true);
                if (id.isPresent() && fields.unique(organisationIds, id.get(), child(path, "id"))) {
                    if (type.isPresent() && name.isPresent()) {
                        result.add(new Organisation(id.get(), type.get(), name.get()));
                    }
                }
            }
            return result;
        }

        private List<Monitor> monitors(JsonNode root) {
            List<Monitor> result = new ArrayList<>();
            List<JsonNode> elements = fields.array(root, "$", "monitors", true, false);
            for (int i = 0; i < elements.size(); i++) {
                String path = element("$.monitors", i);
                JsonNode node = elements.get(i);
                if (!fields.isObject(node, path)) {
                    continue;
                }
                fields.rejectUnknownFields(node, path, Set.of("id", "kind", "product", "name"));
                Optional<String> id = fields.id(node, path, "id");
                Optional<MonitorKind> kind = fields.enumValue(node, path, "kind", MonitorKind.class);
                Optional<String> product = fields.text(node, path, "product", true);
                Optional<String> name = fields.text(node, path, "name", true);
                if (id.isPresent() && fields.unique(monitorIds, id.get(), child(path, "id"))) {
                    if (kind.isPresent() && product.isPresent() && name.isPresent()) {
                        result.add(new Monitor(id.get(), kind.get(), product.get(), name.get()));
                    }
                }
            }
            return result;
        }

        private List<Asset> assets(JsonNode root) {
            List<JsonNode> elements = fields.array(root, "$", "assets", true, true);
            // Ids first, so that organisations and dependencies can be checked in any order.
            for (int i = 0; i < elements.size(); i++) {
                JsonNode node = elements.get(i);
                if (node.isObject() && node.path("id").isTextual()) {
                    assetIds.add(node.get("id").asText());
                }
            }
            List<Asset> result = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < elements.size(); i++) {
                String path = element("$.assets", i);
                JsonNode node = elements.get(i);
                if (fields.isObject(node, path)) {
                    assetReader.read(node, path, seen).ifPresent(asset -> {
                        result.add(asset);
                        assets.put(asset.id(), asset);
                    });
                }
            }
            return result;
        }

        private Optional<String> assetReference(JsonNode node, String path, String field, boolean required) {
            Optional<String> id = required ? fields.id(node, path, field) : fields.optionalId(node, path, field);
            return id.filter(a -> {
                if (assetIds.contains(a)) {
                    return true;
                }
                fields.report(child(path, field), ProblemCode.UNKNOWN_ASSET, a);
                return false;
            });
        }

        private List<Dependency> dependencies(JsonNode root) {
            List<Dependency> result = new ArrayList<>();
            Set<String> pairs = new HashSet<>();
            List<JsonNode> elements = fields.array(root, "$", "dependencies", true, false);
            for (int i = 0; i < elements.size(); i++) {
                String path = element("$.dependencies", i);
                JsonNode node = elements.get(i);
                if (!fields.isObject(node, path)) {
                    continue;
                }
                fields.rejectUnknownFields(
                        node,
                        path,
                        Set.of(
                                "from",
                                "to",
                                "type",
                                "likelihood",
                                "delayMinutes",
                                "growth",
                                "rampMinutes",
                                "maxImpact",
                                "redundancyGroup"));
                Optional<String> from = assetReference(node, path, "from", true);
                Optional<String> to = assetReference(node, path, "to", true);
                Optional<DependencyType> type = fields.enumValue(node, path, "type", DependencyType.class);
                Optional<Double> likelihood = fields.number(node, path, "likelihood", 0, 1);
                Optional<Double> delay = fields.number(node, path, "delayMinutes", 0, Double.MAX_VALUE);
                Optional<ImpactGrowth> growth = fields.enumValue(node, path, "growth", ImpactGrowth.class);
                Optional<Double> ramp = fields.number(node, path, "rampMinutes", 0, Double.MAX_VALUE);
                Optional<Double> maxImpact =
                        fields.optionalNumber(node, path, "maxImpact", 0, 1, Dependency.FULL_IMPACT);
                Optional<String> group = fields.text(node, path, "redundancyGroup", false);
                boolean valid = true;
                if (from.isPresent() && from.equals(to)) {
                    fields.report(path, ProblemCode.SELF_DEPENDENCY, from.get());
                    valid = false;
                } else if (from.isPresent() && to.isPresent() && !pairs.add(from.get() + "\u0000" + to.get())) {
                    fields.report(path, ProblemCode.DUPLICATE_DEPENDENCY, from.get(), to.get());
                    valid = false;
                }
                if (growth.isPresent() && ramp.isPresent()) {
                    if (growth.get().needsRamp() && ramp.get() == 0) {
                        fields.report(child(path, "rampMinutes"), ProblemCode.RAMP_MISSING, growth.get());
                        valid = false;
                    } else if (!growth.get().needsRamp() && ramp.get() != 0) {
                        fields.report(child(path, "rampMinutes"), ProblemCode.RAMP_FOR_STEP);
                        valid = false;
                    }
                }
                if (valid
                        && from.isPresent()
                        && to.isPresent()
                        && type.isPresent()
                        && likelihood.isPresent()
                        && delay.isPresent()
                        && growth.isPresent()
                        && ramp.isPresent()
                        && maxImpact.isPresent()) {
                    result.add(new Dependency(
                            from.get(),
                            to.get(),
                            type.get(),
                            likelihood.get(),
                            delay.get(),
                            growth.get(),
                            ramp.get(),
                            maxImpact.get(),
                            group));
                }
            }
            return result;
        }

        private List<TimelineEvent> timeline(JsonNode root) {
            List<TimelineEvent> result = new ArrayList<>();
            List<JsonNode> elements = fields.array(root, "$", "timeline", true, false);
            for (int i = 0; i < elements.size(); i++) {
                String path = element("$.timeline", i);
                JsonNode node = elements.get(i);
                if (!fields.isObject(node, path)) {
                    continue;
                }
                fields.rejectUnknownFields(node, path, Set.of("offsetSeconds", "monitor", "asset", "fields"));
                Optional<Long> offset = fields.integer(node, path, "offsetSeconds", 0, MAX_OFFSET_SECONDS);
                Optional<String> monitor = fields.id(node, path, "monitor").filter(m -> {
                    if (monitorIds.contains(m)) {
                        return true;
                    }
                    fields.report(child(path, "monitor"), ProblemCode.UNKNOWN_MONITOR, m);
                    return false;
                });
                boolean assetGiven = node.hasNonNull("asset");
                Optional<String> asset = assetReference(node, path, "asset", false);
                Optional<JsonNode> eventFields = fields.required(node, path, "fields")
                        .filter(f -> fields.isObject(f, child(path, "fields")))
                        .filter(f -> {
                            if (f.isEmpty()) {
                                fields.report(child(path, "fields"), ProblemCode.EMPTY_LIST);
                                return false;
                            }
                            return true;
                        });
                if (offset.isPresent()
                        && monitor.isPresent()
                        && eventFields.isPresent()
                        && (asset.isPresent() || !assetGiven)) {
                    result.add(new TimelineEvent(
                            offset.get(),
                            monitor.get(),
                            asset,
                            eventFields.get().toString()));
                }
            }
            result.sort((a, b) -> Long.compare(a.offsetSeconds(), b.offsetSeconds()));
            return result;
        }

        private ScenarioTexts translations(JsonNode root) {
            JsonNode value = root.get("translations");
            if (value == null || value.isNull() || !fields.isObject(value, "$.translations")) {
                return ScenarioTexts.NONE;
            }
            Set<String> keys = translatableKeys(root);
            Map<String, Map<String, String>> byLanguage = new HashMap<>();
            value.fields().forEachRemaining(language -> {
                String languagePath = child("$.translations", language.getKey());
                if (!LanguageTags.isWellFormed(language.getKey())) {
                    fields.report(languagePath, ProblemCode.BAD_LANGUAGE, language.getKey());
                    return;
                }
                if (!fields.isObject(language.getValue(), languagePath)) {
                    return;
                }
                Map<String, String> texts = new HashMap<>();
                language.getValue().fields().forEachRemaining(entry -> {
                    String keyPath = child(languagePath, entry.getKey());
                    if (!keys.contains(entry.getKey())) {
                        fields.report(keyPath, ProblemCode.UNKNOWN_TRANSLATION_KEY, entry.getKey());
                    } else if (!entry.getValue().isTextual()) {
                        fields.report(keyPath, ProblemCode.WRONG_TYPE, "string");
                    } else if (entry.getValue().asText().isBlank()) {
                        fields.report(keyPath, ProblemCode.EMPTY_TEXT);
                    } else {
                        texts.put(entry.getKey(), entry.getValue().asText());
                    }
                });
                byLanguage.put(language.getKey(), texts);
            });
            return new ScenarioTexts(byLanguage);
        }

        private Set<String> translatableKeys(JsonNode root) {
            Set<String> keys = new HashSet<>(Set.of(ScenarioTexts.scenarioName(), ScenarioTexts.scenarioDescription()));
            organisationIds.forEach(id -> keys.add(ScenarioTexts.organisationName(id)));
            monitorIds.forEach(id -> keys.add(ScenarioTexts.monitorName(id)));
            assetIds.forEach(id -> {
                keys.add(ScenarioTexts.assetName(id));
                keys.add(ScenarioTexts.assetDescription(id));
            });
            return keys;
        }
    }
}
