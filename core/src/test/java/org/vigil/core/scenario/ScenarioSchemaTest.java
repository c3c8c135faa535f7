package org.vigil.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.Asset;
import org.vigil.core.model.AssetKind;
import org.vigil.core.model.DependencyType;
import org.vigil.core.model.IdentifierType;
import org.vigil.core.model.ImpactGrowth;
import org.vigil.core.model.Layer;
import org.vigil.core.model.MonitorKind;
import org.vigil.core.model.OrganisationType;

/**
 * The published JSON Schema (docs/scenario.schema.json) must say what the Java model says: every
 * enum in the schema is checked against its Java enum, so adding a constant on one side only fails
 * here.
 */
class ScenarioSchemaTest {

    /** Maven runs the tests in the module folder, so the docs are one level up. */
    private static final Path SCHEMA = Path.of("..", "docs", "scenario.schema.json");

    private static JsonNode schema;
    private final Set<String> checkedEnums = new HashSet<>();

    @BeforeAll
    static void readSchema() throws IOException {
        assertThat(SCHEMA).as("schema next to scenario-format.md").isRegularFile();
        schema = new ObjectMapper().readTree(Files.readAllBytes(SCHEMA));
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    private static List<String> strings(JsonNode array) {
        assertThat(array).as("enum array").isNotNull();
        assertThat(array.isArray()).isTrue();
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    /** The enum at a JSON pointer, remembered as checked. */
    private List<String> enumAt(String pointer) {
        checkedEnums.add(pointer);
        return strings(schema.at(pointer));
    }

    /** Every JSON pointer in the schema whose node is an "enum" keyword. */
    private static Set<String> allEnumPointers(JsonNode node, String pointer, Set<String> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String child = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                if (field.getKey().equals("enum")) {
                    found.add(child);
                }
                allEnumPointers(field.getValue(), child, found);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                allEnumPointers(node.get(i), pointer + "/" + i, found);
            }
        }
        return found;
    }

    @Test
    void isDraft2020And12() {
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void everyEnumInTheSchemaEqualsItsJavaEnum() {
        // then: the plain enums
        assertThat(enumAt("/$defs/organisationType/enum")).isEqualTo(names(OrganisationType.values()));
        assertThat(enumAt("/$defs/monitorKind/enum")).isEqualTo(names(MonitorKind.values()));
        assertThat(enumAt("/$defs/layer/enum")).isEqualTo(names(Layer.values()));
        assertThat(enumAt("/$defs/assetKind/enum")).isEqualTo(names(AssetKind.values()));
        assertThat(enumAt("/$defs/dependencyType/enum")).isEqualTo(names(DependencyType.values()));
        assertThat(enumAt("/$defs/impactGrowth/enum")).isEqualTo(names(ImpactGrowth.values()));

        // and the kinds allowed in each layer
        Map<String, List<String>> kindsByLayer = new TreeMap<>();
        JsonNode rules = schema.at("/$defs/asset/allOf");
        for (int i = 0; i < rules.size(); i++) {
            JsonNode layer = rules.get(i).at("/if/properties/layer/const");
            if (!layer.isMissingNode()) {
                kindsByLayer.put(layer.asText(), enumAt("/$defs/asset/allOf/" + i + "/then/properties/kind/enum"));
            }
        }
        Map<String, List<String>> expected = new TreeMap<>();
        for (Layer layer : Layer.values()) {
            expected.put(
                    layer.name(),
                    Arrays.stream(AssetKind.values())
                            .filter(k -> k.layer() == layer)
                            .map(Enum::name)
                            .toList());
        }
        assertThat(kindsByLayer).isEqualTo(expected);

        // and which growths need a ramp
        JsonNode growthRules = schema.at("/$defs/dependency/allOf");
        List<String> withoutRamp = new ArrayList<>();
        List<String> withRamp = new ArrayList<>();
        for (int i = 0; i < growthRules.size(); i++) {
            String pointer = "/$defs/dependency/allOf/" + i + "/if/properties/growth/enum";
            JsonNode then = growthRules.get(i).at("/then/properties/rampMinutes");
            if (then.has("exclusiveMinimum")) {
                assertThat(then.get("exclusiveMinimum").asInt()).isZero();
                withRamp.addAll(enumAt(pointer));
            } else {
                assertThat(then.path("const").isNumber()).as(pointer).isTrue();
                assertThat(then.get("const").asDouble()).isZero();
                withoutRamp.addAll(enumAt(pointer));
            }
        }
        assertThat(withRamp)
                .isEqualTo(names(Arrays.stream(ImpactGrowth.values())
                        .filter(ImpactGrowth::needsRamp)
                        .toArray(ImpactGrowth[]::new)));
        assertThat(withoutRamp)
                .isEqualTo(names(Arrays.stream(ImpactGrowth.values())
                        .filter(g -> !g.needsRamp())
                        .toArray(ImpactGrowth[]::new)));

        // and no enum was left unchecked
        assertThat(allEnumPointers(schema, "", new HashSet<>())).isEqualTo(checkedEnums);
    }

    @Test
    void identifierKeysAreTheJsonKeysOfIdentifierType() {
        // when
        List<String> keys = new ArrayList<>();
        schema.at("/$defs/identifiers/properties").fieldNames().forEachRemaining(keys::add);

        // then
        assertThat(keys)
                .isEqualTo(Arrays.stream(IdentifierType.values())
                        .map(IdentifierType::jsonKey)
                        .toList());
        assertThat(schema.at("/$defs/identifiers/additionalProperties").asBoolean(true))
                .isFalse();
    }

    @Test
    void continuityIsAllowedOnlyInTheBusinessLayerAndRequiredForBusinessServices() {
        JsonNode rules = schema.at("/$defs/asset/allOf");
        Set<String> layersWithoutContinuity = new HashSet<>();
        List<String> kindsRequiringContinuity = new ArrayList<>();
        for (JsonNode rule : rules) {
            JsonNode layer = rule.at("/if/properties/layer/const");
            JsonNode continuity = rule.at("/then/properties/continuity");
            if (!layer.isMissingNode() && continuity.isBoolean() && !continuity.asBoolean()) {
                layersWithoutContinuity.add(layer.asText());
            }
            JsonNode kind = rule.at("/if/properties/kind/const");
            if (!kind.isMissingNode() && strings(rule.at("/then/required")).contains("continuity")) {
                kindsRequiringContinuity.add(kind.asText());
            }
        }
        assertThat(layersWithoutContinuity)
                .containsExactlyInAnyOrder(Layer.CYBER.name(), Layer.PHYSICAL.name(), Layer.HUMAN.name());
        assertThat(kindsRequiringContinuity).containsExactly(AssetKind.BUSINESS_SERVICE.name());
    }

    @Test
    void limitsMatchTheReader() {
        assertThat(schema.at("/properties/formatVersion/const").asInt()).isEqualTo(ScenarioReader.FORMAT_VERSION);
        assertThat(schema.at("/$defs/id/pattern").asText()).isEqualTo(FieldReader.ID.pattern());
        assertThat(schema.at("/$defs/asset/properties/criticality/minimum").asInt())
                .isEqualTo(Asset.MIN_CRITICALITY);
        assertThat(schema.at("/$defs/asset/properties/criticality/maximum").asInt())
                .isEqualTo(Asset.MAX_CRITICALITY);
        assertThat(schema.at("/$defs/timelineEvent/properties/offsetSeconds/maximum")
                        .asLong())
                .isEqualTo(ScenarioReader.MAX_OFFSET_SECONDS);
    }

    @Test
    void requiresTheTopLevelFieldsOfTheFormat() {
        assertThat(strings(schema.path("required")))
                .containsExactlyInAnyOrder(
                        "formatVersion",
                        "id",
                        "name",
                        "description",
                        "organisations",
                        "monitors",
                        "assets",
                        "dependencies",
                        "timeline");
        List<String> properties = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        assertThat(properties).contains("translations").hasSize(10);
    }
}
