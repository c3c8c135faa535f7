package org.vigil.core.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigil.core.model.Asset;
import org.vigil.core.model.AssetIdentifier;
import org.vigil.core.model.Dependency;
import org.vigil.core.model.IdentifierType;
import org.vigil.core.model.Monitor;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Scenario;
import org.vigil.core.model.TimelineEvent;

/** Writes a scenario in the file format that {@link ScenarioReader} reads, so export and import round-trip. */
public final class ScenarioWriter {

    private final ObjectMapper mapper =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public byte[] write(Scenario scenario) {
        ObjectNode root = mapper.createObjectNode();
        root.put("formatVersion", ScenarioReader.FORMAT_VERSION);
        root.put("id", scenario.id());
        root.put("name", scenario.name());
        root.put("description", scenario.description());
        ArrayNode organisations = root.putArray("organisations");
        for (Organisation o : scenario.organisations()) {
            organisations
                    .addObject()
                    .put("id", o.id())
                    .put("type", o.type().name())
                    .put("name", o.name());
        }
        ArrayNode monitors = root.putArray("monitors");
        for (Monitor m : scenario.monitors()) {
            monitors.addObject()
                    .put("id", m.id())
                    .put("kind", m.kind().name())
                    .put("product", m.product())
                    .put("name", m.name());
        }
        ArrayNode assets = root.putArray("assets");
        scenario.assets().forEach(a -> writeAsset(assets.addObject(), a));
        ArrayNode dependencies = root.putArray("dependencies");
        scenario.dependencies().forEach(d -> writeDependency(dependencies.addObject(), d));
        ArrayNode timeline = root.putArray("timeline");
        for (TimelineEvent e : scenario.timeline()) {
            ObjectNode event = timeline.addObject();
            event.put("offsetSeconds", e.offsetSeconds());
            event.put("monitor", e.monitorId());
            event.put("asset", e.assetId().orElse(null));
            event.set("fields", parse(e.fieldsJson()));
        }
        ObjectNode translations = root.putObject("translations");
        scenario.texts().byLanguage().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(language -> {
                    ObjectNode texts = translations.putObject(language.getKey());
                    new TreeMap<>(language.getValue()).forEach(texts::put);
                });
        try {
            return mapper.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeAsset(ObjectNode node, Asset a) {
        node.put("id", a.id());
        node.put("layer", a.layer().name());
        node.put("kind", a.kind().name());
        node.put("owner", a.ownerId());
        node.put("name", a.name());
        node.put("description", a.description());
        node.put("criticality", a.criticality());
        ArrayNode tags = node.putArray("tags");
        a.tags().forEach(tags::add);
        ObjectNode identifiers = node.putObject("identifiers");
        // In the order the asset lists them, so that export and import round-trip exactly.
        for (IdentifierType type :
                a.identifiers().stream().map(AssetIdentifier::type).distinct().toList()) {
            List<String> values = a.identifiers().stream()
                    .filter(i -> i.type() == type)
                    .map(AssetIdentifier::value)
                    .toList();
            if (!values.isEmpty()) {
                ArrayNode array = identifiers.putArray(type.jsonKey());
                values.forEach(array::add);
            }
        }
        a.continuity().ifPresent(c -> {
            ObjectNode continuity = node.putObject("continuity")
                    .put("rtoMinutes", c.rtoMinutes())
                    .put("mtpdMinutes", c.mtpdMinutes());
            c.outputPerDay().ifPresent(output -> continuity.put("outputPerDay", output));
        });
    }

    private void writeDependency(ObjectNode node, Dependency d) {
        node.put("from", d.fromId());
        node.put("to", d.toId());
        node.put("type", d.type().name());
        node.put("likelihood", d.likelihood());
        node.put("delayMinutes", d.delayMinutes());
        node.put("growth", d.growth().name());
        node.put("rampMinutes", d.rampMinutes());
        node.put("maxImpact", d.maxImpact());
        node.put("redundancyGroup", d.redundancyGroup().orElse(null));
    }

    private JsonNode parse(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
