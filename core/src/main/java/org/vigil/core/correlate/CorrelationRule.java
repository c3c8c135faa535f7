package org.vigil.core.correlate;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Sigma correlation rule. After loading, {@link #rules()} holds the keys (id, else name) of the
 * referenced rules, which may be detection rules or other correlation rules (chains), and {@link
 * #aliases()} is keyed by those keys.
 */
public final class CorrelationRule {

    private static final Pattern TIMESPAN = Pattern.compile("([1-9][0-9]{0,8})([smhd])");
    private static final Set<String> UNSUPPORTED_TYPES = Set.of("value_sum", "value_avg", "value_percentile");

    private final RuleMeta meta;
    private final CorrelationType type;
    private final List<String> rules;
    private final List<String> groupBy;
    private final Map<String, Map<String, String>> aliases;
    private final Duration timespan;
    private final CountCondition condition;
    private final String field;
    private final boolean generate;

    private CorrelationRule(
            RuleMeta meta,
            CorrelationType type,
            List<String> rules,
            List<String> groupBy,
            Map<String, Map<String, String>> aliases,
            Duration timespan,
            CountCondition condition,
            String field,
            boolean generate) {
        this.meta = meta;
        this.type = type;
        this.rules = List.copyOf(rules);
        this.groupBy = List.copyOf(groupBy);
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        aliases.forEach((alias, byRule) -> copy.put(alias, Collections.unmodifiableMap(new LinkedHashMap<>(byRule))));
        this.aliases = Collections.unmodifiableMap(copy);
        this.timespan = timespan;
        this.condition = condition;
        this.field = field;
        this.generate = generate;
    }

    static CorrelationRule parse(JsonNode root, RuleMeta meta) {
        JsonNode section = Nodes.object(root, "correlation", "", true);
        String path = "correlation";
        String typeName = Nodes.text(section, "type", path, true);
        if (UNSUPPORTED_TYPES.contains(typeName)) {
            throw new RuleException(path + ".type", "correlation type '" + typeName + "' is not supported");
        }
        CorrelationType type = CorrelationType.fromRuleName(typeName)
                .orElseThrow(() -> new RuleException(path + ".type", "unknown correlation type '" + typeName + "'"));
        List<String> rules = Nodes.texts(section, "rules", path);
        if (rules.isEmpty()) {
            throw new RuleException(path + ".rules", "missing");
        }
        if (Set.copyOf(rules).size() != rules.size()) {
            throw new RuleException(path + ".rules", "a rule is listed twice");
        }
        List<String> groupBy = Nodes.texts(section, "group-by", path);
        Duration timespan = timespan(Nodes.text(section, "timespan", path, true), path + ".timespan");
        JsonNode conditionNode = Nodes.object(section, "condition", path, false);
        String conditionPath = path + ".condition";
        CountCondition condition = null;
        String field = null;
        switch (type) {
            case EVENT_COUNT -> {
                if (conditionNode == null) {
                    throw new RuleException(conditionPath, "missing");
                }
                condition = CountCondition.parse(conditionNode, conditionPath, Set.of());
            }
            case VALUE_COUNT -> {
                if (conditionNode == null) {
                    throw new RuleException(conditionPath, "missing");
                }
                field = Nodes.text(conditionNode, "field", conditionPath, true);
                condition = CountCondition.parse(conditionNode, conditionPath, Set.of("field"));
            }
            case TEMPORAL ->
                condition = conditionNode == null
                        ? CountCondition.atLeast(rules.size())
                        : CountCondition.parse(conditionNode, conditionPath, Set.of());
            case TEMPORAL_ORDERED -> {
                if (conditionNode != null) {
                    throw new RuleException(conditionPath, "a condition on temporal_ordered is not supported");
                }
                condition = CountCondition.atLeast(rules.size());
            }
        }
        return new CorrelationRule(
                meta,
                type,
                rules,
                groupBy,
                aliases(section, path),
                timespan,
                condition,
                field,
                Nodes.bool(root, "generate", "", false));
    }

    /** Parses {@code 30s}, {@code 5m}, {@code 1h}, {@code 2d}. */
    static Duration timespan(String text, String path) {
        Matcher m = TIMESPAN.matcher(text);
        if (!m.matches()) {
            throw new RuleException(path, "'" + text + "' is not a number followed by s, m, h or d");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    private static Map<String, Map<String, String>> aliases(JsonNode section, String path) {
        Map<String, Map<String, String>> aliases = new LinkedHashMap<>();
        JsonNode node = Nodes.object(section, "aliases", path, false);
        if (node == null) {
            return aliases;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String alias = names.next();
            String at = path + ".aliases." + alias;
            JsonNode byRule = Nodes.object(node, alias, path + ".aliases", true);
            Map<String, String> fields = new LinkedHashMap<>();
            for (Iterator<String> rules = byRule.fieldNames(); rules.hasNext(); ) {
                String rule = rules.next();
                fields.put(rule, Nodes.text(byRule, rule, at, true));
            }
            aliases.put(alias, fields);
        }
        return aliases;
    }

    /** This rule with its references replaced by the referenced rules' keys. */
    CorrelationRule resolved(List<String> keys, Map<String, Map<String, String>> aliasesByKey) {
        return new CorrelationRule(meta, type, keys, groupBy, aliasesByKey, timespan, condition, field, generate);
    }

    /** The field holding {@code name} (a group-by field or alias) in events of the rule {@code ruleKey}. */
    String fieldFor(String name, String ruleKey) {
        Map<String, String> byRule = aliases.get(name);
        String field = byRule == null ? null : byRule.get(ruleKey);
        return field == null ? name : field;
    }

    public String id() {
        return meta.id();
    }

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

    public String level() {
        return meta.level();
    }

    public List<String> tags() {
        return meta.tags();
    }

    public Path file() {
        return meta.file();
    }

    /** How other correlations refer to this one: the id, else the name, else null. */
    public String key() {
        return meta.key();
    }

    public CorrelationType type() {
        return type;
    }

    /** The referenced rules (their keys once loaded). */
    public List<String> rules() {
        return rules;
    }

    public List<String> groupBy() {
        return groupBy;
    }

    /** alias → (rule key → field name). */
    public Map<String, Map<String, String>> aliases() {
        return aliases;
    }

    public Duration timespan() {
        return timespan;
    }

    /** The condition; for temporal rules without one, "all referenced rules" (gte their number). */
    public CountCondition condition() {
        return condition;
    }

    /** The field whose distinct values value_count counts; null for other types. */
    public String field() {
        return field;
    }

    /** Whether the referenced rules should also report on their own (kept for callers; see the docs). */
    public boolean generate() {
        return generate;
    }

    RuleMeta meta() {
        return meta;
    }

    @Override
    public String toString() {
        return "CorrelationRule[" + (key() == null ? title() : key()) + ", " + type.ruleName() + "]";
    }
}
