package org.vigil.core.correlate;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.FeedFormat;

/**
 * A Sigma detection rule, compiled: its search identifiers and its condition are parsed once, so
 * matching an event walks a small tree. Of {@code logsource}, the product picks events: a rule for
 * Wazuh does not look at events read as Suricata EVE (see {@link LogsourceProduct}).
 */
public final class SigmaRule {

    private final RuleMeta meta;
    private final Map<String, String> logsource;
    private final String product;
    private final Map<String, Selection> selections;
    private final SigmaCondition condition;

    private SigmaRule(
            RuleMeta meta, Map<String, String> logsource, Map<String, Selection> selections, SigmaCondition condition) {
        this.meta = meta;
        this.logsource = Collections.unmodifiableMap(logsource);
        String named = logsource.get("product");
        this.product = named == null ? null : named.toLowerCase(Locale.ROOT);
        this.selections = Collections.unmodifiableMap(selections);
        this.condition = condition;
    }

    static SigmaRule parse(JsonNode root, RuleMeta meta) {
        Map<String, String> logsource = new LinkedHashMap<>();
        JsonNode source = Nodes.object(root, "logsource", "", true);
        for (Iterator<String> it = source.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            String value = Nodes.text(source, key, "logsource", false);
            if (value != null) {
                logsource.put(key, value);
            }
        }
        JsonNode detection = Nodes.object(root, "detection", "", true);
        Map<String, Selection> selections = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = detection.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            String path = "detection." + key;
            if (key.equals("condition")) {
                continue;
            }
            if (key.equals("timeframe")) {
                throw new RuleException(path, "timeframe (aggregation) is not supported; use a correlation rule");
            }
            selections.put(key, Selection.parse(key, entry.getValue(), path));
        }
        if (selections.isEmpty()) {
            throw new RuleException("detection", "no search identifiers");
        }
        return new SigmaRule(meta, logsource, selections, condition(detection, selections));
    }

    private static SigmaCondition condition(JsonNode detection, Map<String, Selection> selections) {
        JsonNode node = detection.get("condition");
        String path = "detection.condition";
        if (node == null || node.isNull()) {
            throw new RuleException(path, "missing");
        }
        List<SigmaCondition> conditions = new ArrayList<>();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                if (!element.isTextual()) {
                    throw new RuleException(path + "[" + i + "]", "must be a text");
                }
                conditions.add(SigmaCondition.parse(element.asText(), selections, path + "[" + i + "]"));
            }
            if (conditions.isEmpty()) {
                throw new RuleException(path, "empty list");
            }
        } else if (node.isTextual()) {
            conditions.add(SigmaCondition.parse(node.asText(), selections, path));
        } else {
            throw new RuleException(path, "must be a text or a list of texts");
        }
        return SigmaCondition.anyOf(conditions);
    }

    /** Adds the names of the fields this rule looks at (an empty name for a keyword search). */
    void addFields(Set<String> names) {
        selections.values().forEach(selection -> selection.addFields(names));
    }

    /** Whether the event matches; prefer {@link #matches(EventFields)} when several rules test one event. */
    public boolean matches(Event event) {
        return matches(EventFields.of(event));
    }

    /** Whether the event's fields match; events of another product's format never do. */
    public boolean matches(EventFields fields) {
        return appliesTo(fields.event().format()) && condition.test(fields);
    }

    /** Whether events of the format can match: false when it is written by another product than the rule's. */
    public boolean appliesTo(FeedFormat format) {
        return LogsourceProduct.applies(product, format);
    }

    /** The id, or null. */
    public String id() {
        return meta.id();
    }

    /** The name (for references from correlation rules), or null. */
    public String name() {
        return meta.name();
    }

    public String title() {
        return meta.title();
    }

    /** The title translated, by language tag ({@code de}, {@code pt}); empty when the rule has none. */
    public Map<String, String> titles() {
        return meta.titles();
    }

    /** informational, low, medium, high or critical; null when the rule has none. */
    public String level() {
        return meta.level();
    }

    public List<String> tags() {
        return meta.tags();
    }

    public Map<String, String> logsource() {
        return logsource;
    }

    public Path file() {
        return meta.file();
    }

    /** The search identifiers in declaration order. */
    public List<String> searchIdentifiers() {
        return List.copyOf(selections.keySet());
    }

    /** The parsed condition, normalised (for display and tests). */
    public String condition() {
        return condition.toString();
    }

    /** How correlation rules refer to this rule: the id, else the name, else null. */
    public String key() {
        return meta.key();
    }

    RuleMeta meta() {
        return meta;
    }

    @Override
    public String toString() {
        return "SigmaRule[" + (key() == null ? title() : key()) + "]";
    }
}
