package org.vigil.core.correlate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A correlation condition: one or more of {@code gt}, {@code gte}, {@code lt}, {@code lte}, {@code
 * eq}, {@code neq} over a count, all of which must hold (so {@code gt: 100, lte: 200} is a range).
 */
public record CountCondition(Map<String, Long> bounds) {

    private static final Set<String> OPERATORS = Set.of("gt", "gte", "lt", "lte", "eq", "neq");

    public CountCondition {
        if (bounds.isEmpty() || !OPERATORS.containsAll(bounds.keySet())) {
            throw new IllegalArgumentException("bad bounds " + bounds);
        }
        bounds = Collections.unmodifiableMap(new LinkedHashMap<>(bounds));
    }

    /** At least {@code count}. */
    static CountCondition atLeast(long count) {
        return new CountCondition(Map.of("gte", count));
    }

    /** Reads the operators of a condition map; other keys are allowed only if listed in {@code extra}. */
    static CountCondition parse(JsonNode node, String path, Set<String> extra) {
        Map<String, Long> bounds = new LinkedHashMap<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            String at = RuleException.child(path, key);
            if (extra.contains(key)) {
                continue;
            }
            if (!OPERATORS.contains(key)) {
                throw new RuleException(at, "unknown operator (gt, gte, lt, lte, eq, neq)");
            }
            JsonNode value = node.get(key);
            String text = value.isContainerNode() ? "" : value.asText().strip();
            if (!text.matches("[0-9]{1,15}")) {
                throw new RuleException(at, "must be a whole number ≥ 0");
            }
            bounds.put(key, Long.parseLong(text));
        }
        if (bounds.isEmpty()) {
            throw new RuleException(path, "needs one of gt, gte, lt, lte, eq, neq");
        }
        return new CountCondition(bounds);
    }

    public boolean test(long count) {
        for (Map.Entry<String, Long> bound : bounds.entrySet()) {
            long limit = bound.getValue();
            boolean holds = switch (bound.getKey()) {
                case "gt" -> count > limit;
                case "gte" -> count >= limit;
                case "lt" -> count < limit;
                case "lte" -> count <= limit;
                case "eq" -> count == limit;
                default -> count != limit;
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the condition only asks for "at least" (gt/gte): once it holds, more events cannot
     * undo it, so it is checked as each event arrives. Other conditions are checked when the window
     * closes.
     */
    public boolean isLowerBoundOnly() {
        return bounds.keySet().stream().allMatch(k -> k.equals("gt") || k.equals("gte"));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        bounds.forEach((k, v) -> text.append(text.length() == 0 ? "" : " and ")
                .append(k)
                .append(' ')
                .append(v));
        return text.toString();
    }
}
