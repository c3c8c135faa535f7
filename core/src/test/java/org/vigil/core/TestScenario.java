package org.vigil.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.core.model.AssetKind;
import org.vigil.core.model.DependencyType;
import org.vigil.core.model.ImpactGrowth;
import org.vigil.core.model.MonitorKind;
import org.vigil.core.model.OrganisationType;
import org.vigil.core.model.Scenario;
import org.vigil.core.scenario.Problem;
import org.vigil.core.scenario.ScenarioReadResult;
import org.vigil.core.scenario.ScenarioReader;

/**
 * Builds scenario files for tests, fluently: start from {@link #small()} (valid) or {@link
 * #minimal()} and add or break what the test is about.
 *
 * <pre>{@code
 * String json = TestScenario.small()
 *         .set("$.assets[1].criticality", 9)
 *         .withTranslation("de", "asset.ghost.name", "Geist")
 *         .toJson();
 * }</pre>
 *
 * Paths use the reader's own notation ({@code $.assets[3].owner}), so a test can set a value at
 * the very path it then expects in a problem.
 */
public final class TestScenario {

    // Ids of the small scenario, so tests can name them without repeating literals.
    public static final String SCENARIO_ID = "northwind-card-skimming";
    public static final String RETAILER = "northwind";
    public static final String PAYMENT_PROVIDER = "swiftpay";
    public static final String IDS = "suricata-dmz";
    public static final String WEB_SERVER = "web-server";
    public static final String PAYMENT_GATEWAY = "payment-gateway";
    public static final String PAYMENT_BACKUP = "payment-backup";
    public static final String WAREHOUSE = "warehouse-east";
    public static final String PICKERS = "pickers";
    public static final String ONLINE_SALES = "online-sales";

    private static final ObjectMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern STEP = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]");

    private final ObjectNode root;

    private TestScenario(ObjectNode root) {
        this.root = root;
    }

    /** The smallest valid scenario: one organisation, one monitor, one asset, nothing else. */
    public static TestScenario minimal() {
        ObjectNode root = NODES.objectNode();
        root.put("formatVersion", 1);
        root.put("id", "minimal");
        root.put("name", "Minimal");
        root.put("description", "One retailer with one server.");
        root.putArray("organisations");
        root.putArray("monitors");
        root.putArray("assets");
        root.putArray("dependencies");
        root.putArray("timeline");
        return new TestScenario(root)
                .withOrganisation(RETAILER, OrganisationType.RETAILER, "Northwind Outfitters")
                .withMonitor(IDS, MonitorKind.NETWORK, "Suricata", "IDS on the shop DMZ")
                .withAsset(WEB_SERVER, AssetKind.SERVER, RETAILER);
    }

    /**
     * A small valid scenario: 2 organisations, 1 monitor, 6 assets in all four layers (CYBER 3,
     * PHYSICAL 1, HUMAN 1, BUSINESS 1, the business service with continuity targets), 6
     * dependencies including a redundancy group ({@code payments}) and a cycle ({@code pickers}
     * and {@code warehouse-east}), 3 timeline events written out of order and German translations.
     */
    public static TestScenario small() {
        ObjectNode root = NODES.objectNode();
        root.put("formatVersion", 1);
        root.put("id", SCENARIO_ID);
        root.put("name", "Card skimming at Northwind");
        root.put("description", "Attackers skim cards on the web shop and the payment chain feels it.");
        root.putArray("organisations");
        root.putArray("monitors");
        root.putArray("assets");
        root.putArray("dependencies");
        root.putArray("timeline");
        TestScenario s = new TestScenario(root)
                .withOrganisation(RETAILER, OrganisationType.RETAILER, "Northwind Outfitters")
                .withOrganisation(PAYMENT_PROVIDER, OrganisationType.PAYMENT_PROVIDER, "SwiftPay")
                .withMonitor(IDS, MonitorKind.NETWORK, "Suricata", "IDS on the shop DMZ");

        ObjectNode web = s.addAsset(WEB_SERVER, AssetKind.SERVER, RETAILER, 4);
        web.put("description", "Runs the Northwind web shop.");
        web.putArray("tags").add("internet-facing").add("pci");
        ObjectNode webIds = web.putObject("identifiers");
        webIds.putArray("ip").add("203.0.113.10").add("2001:db8::10");
        webIds.putArray("cidr").add("203.0.113.0/24");
        webIds.putArray("hostname").add("shop.northwind.example");

        ObjectNode gateway = s.addAsset(PAYMENT_GATEWAY, AssetKind.SERVICE, PAYMENT_PROVIDER, 5);
        gateway.putObject("identifiers").putArray("hostname").add("pay.swiftpay.example");
        s.addAsset(PAYMENT_BACKUP, AssetKind.SERVICE, PAYMENT_PROVIDER, 3);
        s.addAsset(WAREHOUSE, AssetKind.WAREHOUSE, RETAILER, 3)
                .putObject("identifiers")
                .putArray("deviceId")
                .add("door-sensor-17");
        ObjectNode pickers = s.addAsset(PICKERS, AssetKind.STAFF_GROUP, RETAILER, 2);
        ObjectNode pickerIds = pickers.putObject("identifiers");
        pickerIds.putArray("userName").add("picker01");
        pickerIds.putArray("email").add("pickers@northwind.example");
        ObjectNode sales = s.addAsset(ONLINE_SALES, AssetKind.BUSINESS_SERVICE, RETAILER, 5);
        sales.put("description", "Customers buy on the web shop.");
        s.withContinuity(ONLINE_SALES, 60, 240);

        return s.withDependency(WEB_SERVER, ONLINE_SALES, DependencyType.HOSTS, 0.95, 0, ImpactGrowth.STEP, 0, null)
                .withDependency(
                        PAYMENT_GATEWAY, ONLINE_SALES, DependencyType.PAYS, 0.8, 5, ImpactGrowth.LINEAR, 30, "payments")
                .withDependency(
                        PAYMENT_BACKUP, ONLINE_SALES, DependencyType.PAYS, 0.8, 5, ImpactGrowth.LINEAR, 30, "payments")
                .withDependency(
                        WAREHOUSE, ONLINE_SALES, DependencyType.SUPPLIES, 0.5, 60, ImpactGrowth.LOGISTIC, 120.5, null)
                .withDependency(PICKERS, WAREHOUSE, DependencyType.OPERATES, 0.7, 15, ImpactGrowth.STEP, 0, null)
                .withDependency(WAREHOUSE, PICKERS, DependencyType.ENABLES, 0.3, 0, ImpactGrowth.STEP, 0, null)
                .withEvent(300, IDS, WEB_SERVER, "{\"event_type\":\"alert\",\"alert\":{\"signature_id\":2024897}}")
                .withEvent(0, IDS, null, "{\"event_type\":\"flow\",\"src_ip\":\"198.51.100.7\"}")
                .withEvent(
                        120,
                        IDS,
                        PAYMENT_GATEWAY,
                        "{\"event_type\":\"tls\",\"tls\":{\"sni\":\"pay.swiftpay.example\"}}")
                .withTranslation("de", "scenario.name", "Kartenskimming bei Northwind")
                .withTranslation("de", "scenario.description", "Angreifer skimmen Karten im Webshop.")
                .withTranslation("de", "organisation.northwind.name", "Northwind Ausrüster")
                .withTranslation("de", "monitor.suricata-dmz.name", "IDS in der Shop-DMZ")
                .withTranslation("de", "asset.online-sales.name", "Onlineverkauf")
                .withTranslation("de", "asset.online-sales.description", "Kunden kaufen im Webshop.");
    }

    public TestScenario withOrganisation(String id, OrganisationType type, String name) {
        root.withArrayProperty("organisations")
                .addObject()
                .put("id", id)
                .put("type", type.name())
                .put("name", name);
        return this;
    }

    public TestScenario withMonitor(String id, MonitorKind kind, String product, String name) {
        root.withArrayProperty("monitors")
                .addObject()
                .put("id", id)
                .put("kind", kind.name())
                .put("product", product)
                .put("name", name);
        return this;
    }

    /** Adds an asset of the given kind, in the kind's layer, with criticality 3. */
    public TestScenario withAsset(String id, AssetKind kind, String owner) {
        addAsset(id, kind, owner, 3);
        return this;
    }

    /** Adds an asset as written, even if its layer does not fit its kind. */
    public TestScenario withAsset(String id, String layer, String kind, String owner, int criticality) {
        ObjectNode asset = root.withArrayProperty("assets").addObject();
        asset.put("id", id);
        asset.put("layer", layer);
        asset.put("kind", kind);
        asset.put("owner", owner);
        asset.put("name", "Asset " + id);
        asset.put("criticality", criticality);
        return this;
    }

    public TestScenario withContinuity(String assetId, int rtoMinutes, int mtpdMinutes) {
        asset(assetId).putObject("continuity").put("rtoMinutes", rtoMinutes).put("mtpdMinutes", mtpdMinutes);
        return this;
    }

    /** Adds identifiers of one type (its JSON key, e.g. {@code ip}) to an asset. */
    public TestScenario withIdentifiers(String assetId, String key, String... values) {
        ArrayNode array = asset(assetId).withObjectProperty("identifiers").withArrayProperty(key);
        for (String value : values) {
            array.add(value);
        }
        return this;
    }

    public TestScenario withDependency(
            String from,
            String to,
            DependencyType type,
            double likelihood,
            double delayMinutes,
            ImpactGrowth growth,
            double rampMinutes,
            String redundancyGroup) {
        root.withArrayProperty("dependencies")
                .addObject()
                .put("from", from)
                .put("to", to)
                .put("type", type.name())
                .put("likelihood", likelihood)
                .put("delayMinutes", delayMinutes)
                .put("growth", growth.name())
                .put("rampMinutes", rampMinutes)
                .put("redundancyGroup", redundancyGroup);
        return this;
    }

    /** Adds a timeline event; {@code asset} may be null, {@code fieldsJson} is the event's JSON object. */
    public TestScenario withEvent(long offsetSeconds, String monitor, String asset, String fieldsJson) {
        ObjectNode event = root.withArrayProperty("timeline").addObject();
        event.put("offsetSeconds", offsetSeconds);
        event.put("monitor", monitor);
        event.put("asset", asset);
        event.set("fields", parse(fieldsJson));
        return this;
    }

    public TestScenario withTranslation(String language, String key, String text) {
        root.withObjectProperty("translations").withObjectProperty(language).put(key, text);
        return this;
    }

    /**
     * Sets the value at a path such as {@code $.assets[1].criticality}; the last step may name a
     * field that does not exist yet. Values: String, Integer, Long, Double, Boolean, null or a
     * JsonNode.
     */
    public TestScenario set(String path, Object value) {
        List<Object> steps = steps(path);
        JsonNode parent = navigate(steps.subList(0, steps.size() - 1));
        Object last = steps.get(steps.size() - 1);
        JsonNode node = toNode(value);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, node);
        } else {
            ((ObjectNode) parent).set((String) last, node);
        }
        return this;
    }

    /** Removes the field or array element at a path. */
    public TestScenario remove(String path) {
        List<Object> steps = steps(path);
        JsonNode parent = navigate(steps.subList(0, steps.size() - 1));
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).remove(index);
        } else {
            ((ObjectNode) parent).remove((String) last);
        }
        return this;
    }

    /** The scenario file's text, indented, one field a line. */
    public String toJson() {
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] toBytes() {
        return toJson().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the file into a folder and returns its path. */
    public Path writeTo(Path folder, String fileName) {
        try {
            return Files.write(folder.resolve(fileName), toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model, read through the real reader; fails if the file has any error. */
    public Scenario toScenario() {
        ScenarioReadResult result = new ScenarioReader().read("test-scenario.json", toBytes());
        List<Problem> errors =
                result.problems().stream().filter(Problem::isError).toList();
        if (!errors.isEmpty() || result.scenario().isEmpty()) {
            throw new IllegalStateException("test scenario is not valid: " + errors);
        }
        return result.scenario().get();
    }

    private ObjectNode addAsset(String id, AssetKind kind, String owner, int criticality) {
        withAsset(id, kind.layer().name(), kind.name(), owner, criticality);
        return asset(id);
    }

    private ObjectNode asset(String id) {
        ObjectNode found = null;
        for (JsonNode asset : root.withArrayProperty("assets")) {
            if (id.equals(asset.path("id").asText())) {
                found = (ObjectNode) asset;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("no asset " + id);
        }
        return found;
    }

    private JsonNode navigate(List<Object> steps) {
        JsonNode node = root;
        for (Object step : steps) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
            if (node == null) {
                throw new IllegalArgumentException("no such path: " + steps);
            }
        }
        return node;
    }

    private static List<Object> steps(String path) {
        String rest = path.startsWith("$") ? path.substring(1) : "." + path;
        List<Object> steps = new ArrayList<>();
        Matcher m = STEP.matcher(rest);
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                throw new IllegalArgumentException("bad path: " + path);
            }
            steps.add(m.group(1) != null ? m.group(1) : (Object) Integer.parseInt(m.group(2)));
            end = m.end();
        }
        if (end != rest.length() || steps.isEmpty()) {
            throw new IllegalArgumentException("bad path: " + path);
        }
        return steps;
    }

    private static JsonNode toNode(Object value) {
        if (value == null) {
            return NODES.nullNode();
        } else if (value instanceof JsonNode node) {
            return node;
        } else if (value instanceof String s) {
            return NODES.textNode(s);
        } else if (value instanceof Integer i) {
            return NODES.numberNode(i);
        } else if (value instanceof Long l) {
            return NODES.numberNode(l);
        } else if (value instanceof Double d) {
            return NODES.numberNode(d);
        } else if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        throw new IllegalArgumentException("unsupported value " + value);
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
