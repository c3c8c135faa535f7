package org.vigil.core.feed.wazuh;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.vigil.core.feed.AttackTechniques;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventIds;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.JsonRecords;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.RawRecord;
import org.vigil.core.feed.Timestamps;

/**
 * Reads Wazuh manager alerts as written to {@code alerts.json}, one JSON object per line. Severity
 * comes from {@code rule.level}, category from {@code rule.groups}, techniques from {@code
 * rule.mitre.id}; entities from the agent, the decoded {@code data} fields, Windows event data and
 * file-integrity hashes (see {@link WazuhMapping}). Each alert yields one event.
 */
public final class WazuhAlertParser implements FeedParser {

    /** Wazuh documents rule levels from 0 (ignored) to 16 (severe attack). */
    static final int MAX_LEVEL = 16;

    @Override
    public FeedFormat format() {
        return FeedFormat.WAZUH;
    }

    @Override
    public ParseOutcome parse(RawRecord record, Instant receivedTime) {
        JsonRecords.Either parsed = JsonRecords.parseObject(record.text());
        if (!parsed.ok()) {
            return new ParseOutcome.Rejected(parsed.error());
        }
        try {
            return ParseOutcome.Parsed.of(toEvent(parsed.node(), record, receivedTime));
        } catch (InvalidAlert e) {
            return new ParseOutcome.Rejected(e.getMessage());
        }
    }

    private static Event toEvent(JsonNode alert, RawRecord record, Instant receivedTime) {
        Instant time = eventTime(alert);
        JsonNode rule = alert.get("rule");
        if (rule == null || rule.isNull()) {
            throw new InvalidAlert("rule", "missing");
        }
        if (!rule.isObject()) {
            throw new InvalidAlert("rule", "not an object");
        }
        int level = level(rule.get("level"));
        List<String> groups = strings(rule.get("groups"), "rule.groups");
        JsonNode mitre = rule.get("mitre");
        List<String> techniques = new ArrayList<>();
        if (mitre != null && !mitre.isNull()) {
            if (!mitre.isObject()) {
                throw new InvalidAlert("rule.mitre", "not an object");
            }
            for (String id : strings(mitre.get("id"), "rule.mitre.id")) {
                if (AttackTechniques.isTechniqueId(id) && !techniques.contains(id)) {
                    techniques.add(id);
                }
            }
        }
        JsonNode agent = alert.get("agent");
        if (agent != null && !agent.isNull() && !agent.isObject()) {
            throw new InvalidAlert("agent", "not an object");
        }
        return new Event(
                EventIds.of(FeedFormat.WAZUH, record.text(), 0),
                time,
                receivedTime,
                record.source(),
                FeedFormat.WAZUH,
                WazuhMapping.category(groups),
                WazuhMapping.severity(level),
                summary(alert, rule),
                techniques,
                WazuhMapping.entities(alert),
                List.of(),
                record.text());
    }

    private static Instant eventTime(JsonNode alert) {
        String field = "timestamp";
        JsonNode node = alert.get(field);
        if (node == null || node.isNull()) {
            field = "@timestamp";
            node = alert.get(field);
        }
        if (node == null || node.isNull()) {
            throw new InvalidAlert("timestamp", "missing");
        }
        if (!node.isTextual()) {
            throw new InvalidAlert(field, "not a string");
        }
        return Timestamps.parse(node.textValue()).orElseThrow(() -> new InvalidAlert("timestamp", "not a date"));
    }

    private static int level(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new InvalidAlert("rule.level", "missing");
        }
        if (!node.isIntegralNumber()) {
            throw new InvalidAlert("rule.level", "not a whole number");
        }
        long level = node.longValue();
        if (level < 0 || level > MAX_LEVEL) {
            throw new InvalidAlert("rule.level", level + " is outside 0 to " + MAX_LEVEL);
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
            throw new InvalidAlert(field, "not a list of strings");
        }
        List<String> values = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw new InvalidAlert(field, "not a list of strings");
            }
            if (!element.textValue().isBlank()) {
                values.add(element.textValue());
            }
        }
        return values;
    }

    /** The rule description, with the file path for file-integrity alerts whose description omits it. */
    private static String summary(JsonNode alert, JsonNode rule) {
        JsonNode description = rule.get("description");
        if (description != null && !description.isNull() && !description.isTextual()) {
            throw new InvalidAlert("rule.description", "not a string");
        }
        String text;
        if (description != null
                && description.isTextual()
                && !description.textValue().isBlank()) {
            text = oneLine(description.textValue().strip());
        } else {
            JsonNode id = rule.get("id");
            text = id != null && id.isValueNode() ? "Wazuh rule " + id.asText() : "Wazuh alert";
        }
        JsonNode path = alert.path("syscheck").path("path");
        if (path.isTextual() && !path.textValue().isBlank() && !text.contains(path.textValue())) {
            text = text + " [" + oneLine(path.textValue()) + "]";
        }
        return text;
    }

    private static String oneLine(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0
                ? text
                : text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
