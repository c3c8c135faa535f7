package org.vigil.core.feed.wazuh;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.vigil.core.feed.AttackTechniques;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.InvalidRecord;
import org.vigil.core.feed.JsonFields;
import org.vigil.core.feed.JsonObjectParser;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.RawRecord;
import org.vigil.core.feed.Timestamps;

/**
 * Reads Wazuh manager alerts as written to {@code alerts.json}, one JSON object per line. Severity
 * comes from {@code rule.level}, category from {@code rule.groups}, techniques from {@code
 * rule.mitre.id}; entities from the agent, the decoded {@code data} fields, Windows event data and
 * file-integrity hashes (see {@link WazuhMapping}). Each alert yields one event.
 */
public final class WazuhAlertParser extends JsonObjectParser {

    /** Wazuh documents rule levels from 0 (ignored) to 16 (severe attack). */
    static final int MAX_LEVEL = 16;

    @Override
    public FeedFormat format() {
        return FeedFormat.WAZUH;
    }

    @Override
    protected ParseOutcome read(JsonNode alert, RawRecord record, Instant receivedTime) {
        Instant time = eventTime(alert);
        JsonNode rule = JsonFields.object(alert, "rule", "rule");
        if (rule == null) {
            throw InvalidRecord.field("rule", "missing");
        }
        int level = level(rule.get("level"));
        List<String> groups = strings(rule.get("groups"), "rule.groups");
        JsonNode mitre = JsonFields.object(rule, "mitre", "rule.mitre");
        List<String> techniques = new ArrayList<>();
        if (mitre != null) {
            for (String id : strings(mitre.get("id"), "rule.mitre.id")) {
                if (AttackTechniques.isTechniqueId(id) && !techniques.contains(id)) {
                    techniques.add(id);
                }
            }
        }
        JsonFields.object(alert, "agent", "agent");
        return ParseOutcome.Parsed.of(event(
                record,
                receivedTime,
                0,
                time,
                WazuhMapping.category(groups),
                WazuhMapping.severity(level),
                summary(alert, rule),
                techniques,
                WazuhMapping.entities(alert)));
    }

    private static Instant eventTime(JsonNode alert) {
        String field = "timestamp";
        JsonNode node = alert.get(field);
        if (node == null || node.isNull()) {
            field = "@timestamp";
            node = alert.get(field);
        }
        if (node == null || node.isNull()) {
            throw InvalidRecord.field("timestamp", "missing");
        }
        if (!node.isTextual()) {
            throw InvalidRecord.field(field, "not a string");
        }
        return Timestamps.parse(node.textValue()).orElseThrow(() -> InvalidRecord.field("timestamp", "not a date"));
    }

    private static int level(JsonNode node) {
        if (node == null || node.isNull()) {
            throw InvalidRecord.field("rule.level", "missing");
        }
        if (!node.isIntegralNumber()) {
            throw InvalidRecord.field("rule.level", "not a whole number");
        }
        long level = node.longValue();
        if (level < 0 || level > MAX_LEVEL) {
            throw InvalidRecord.field("rule.level", level + " is outside 0 to " + MAX_LEVEL);
        }
        return (int) level;
    }

    /** A list of strings, or a single string; anything else names the field. */
    private static List<String> strings(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isTextual()) {
            return node.textValue().isBlank() ? List.of() : List.of(node.textValue());
        }
        if (!node.isArray()) {
            throw InvalidRecord.field(field, "not a list of strings");
        }
        List<String> values = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw InvalidRecord.field(field, "not a list of strings");
            }
            if (!element.textValue().isBlank()) {
                values.add(element.textValue());
            }
        }
        return values;
    }

    /** The rule description, with the file path for file-integrity alerts whose description omits it. */
    private static String summary(JsonNode alert, JsonNode rule) {
        String description = JsonFields.optionalText(rule, "description", "rule.description");
        String text;
        if (description != null) {
            text = JsonFields.oneLine(description.strip());
        } else {
            JsonNode id = rule.get("id");
            text = id != null && id.isValueNode() ? "Wazuh rule " + id.asText() : "Wazuh alert";
        }
        JsonNode path = alert.path("syscheck").path("path");
        if (path.isTextual() && !path.textValue().isBlank() && !text.contains(path.textValue())) {
            text = text + " [" + JsonFields.oneLine(path.textValue()) + "]";
        }
        return text;
    }
}
