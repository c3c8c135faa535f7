package org.vigil.core.correlate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One {@code field|modifier|...: value(s)} entry of a selection. Several values are alternatives
 * (any), or all required with {@code |all}. A field with several values (a JSON array, several
 * entities) matches a value when any of its values does. {@code null} matches a field that is
 * absent or null. An empty field name ({@code '|all':} or a plain list of strings) is a keyword
 * search over the whole record (see {@link EventFields#keywordTexts()}), "contains" by default.
 *
 * <p>Modifiers: {@code contains}, {@code startswith}, {@code endswith}, {@code re} (with {@code i},
 * {@code m}, {@code s}), {@code cidr}, {@code lt}, {@code lte}, {@code gt}, {@code gte}, {@code
 * exists}, {@code all}, {@code cased}. Others are rejected when the rule is loaded.
 */
final class FieldMatcher {

    private static final Set<String> OPERATORS =
            Set.of("contains", "startswith", "endswith", "re", "cidr", "lt", "lte", "gt", "gte", "exists");
    private static final Set<String> UNSUPPORTED = Set.of(
            "base64",
            "base64offset",
            "utf16le",
            "utf16be",
            "utf16",
            "wide",
            "windash",
            "expand",
            "fieldref",
            "neq",
            "minute",
            "hour",
            "day",
            "week",
            "month",
            "year");

    private final String field;
    private final boolean all;
    private final Boolean exists;
    /** One test per value; {@code null} stands for the value {@code null}. */
    private final List<Predicate<String>> tests;

    private FieldMatcher(String field, boolean all, Boolean exists, List<Predicate<String>> tests) {
        this.field = field;
        this.all = all;
        this.exists = exists;
        this.tests = tests;
    }

    /** A keyword search for any of the values. */
    static FieldMatcher keywords(List<JsonNode> values, String path) {
        List<Predicate<String>> tests = new ArrayList<>();
        for (JsonNode value : values) {
            tests.add(
                    value.isNull() ? null : ValuePattern.compile(value.asText(), ValuePattern.Anchor.CONTAINS, false));
        }
        return new FieldMatcher("", false, null, tests);
    }

    static FieldMatcher parse(String key, JsonNode value, String path) {
        String[] parts = key.split("\\|", -1);
        String field = parts[0].trim();
        String operator = null;
        boolean all = false;
        boolean cased = false;
        int regexFlags = 0;
        for (int i = 1; i < parts.length; i++) {
            String modifier = parts[i].trim().toLowerCase(Locale.ROOT);
            if (OPERATORS.contains(modifier)) {
                if (operator != null) {
                    throw new RuleException(path, "conflicting modifiers '" + operator + "' and '" + modifier + "'");
                }
                operator = modifier;
            } else if (modifier.equals("all")) {
                all = true;
            } else if (modifier.equals("cased")) {
                cased = true;
            } else if ("re".equals(operator) && Set.of("i", "m", "s").contains(modifier)) {
                regexFlags |= switch (modifier) {
                    case "i" -> Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                    case "m" -> Pattern.MULTILINE;
                    default -> Pattern.DOTALL;
                };
            } else if (UNSUPPORTED.contains(modifier)) {
                throw new RuleException(path, "unsupported modifier '" + modifier + "'");
            } else {
                throw new RuleException(path, "unknown modifier '" + modifier + "'");
            }
        }
        List<JsonNode> values = values(value, path);
        if ("exists".equals(operator)) {
            if (values.size() != 1 || !values.get(0).isBoolean() || all) {
                throw new RuleException(path, "'exists' takes one value, true or false");
            }
            return new FieldMatcher(field, false, values.get(0).booleanValue(), List.of());
        }
        if (field.isEmpty() && operator == null) {
            operator = "contains";
        }
        List<Predicate<String>> tests = new ArrayList<>();
        for (JsonNode node : values) {
            tests.add(node.isNull() ? null : test(operator, node.asText(), cased, regexFlags, path));
        }
        return new FieldMatcher(field, all, null, tests);
    }

    private static List<JsonNode> values(JsonNode value, String path) {
        List<JsonNode> values = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(values::add);
        } else {
            values.add(value);
        }
        if (values.isEmpty()) {
            throw new RuleException(path, "no values");
        }
        for (JsonNode node : values) {
            if (node.isContainerNode()) {
                throw new RuleException(path, "a value must be a string, number, boolean or null");
            }
        }
        return values;
    }

    private static Predicate<String> test(String operator, String value, boolean cased, int flags, String path) {
        if (operator == null) {
            return ValuePattern.compile(value, ValuePattern.Anchor.EQUALS, cased);
        }
        switch (operator) {
            case "contains":
                return ValuePattern.compile(value, ValuePattern.Anchor.CONTAINS, cased);
            case "startswith":
                return ValuePattern.compile(value, ValuePattern.Anchor.STARTS_WITH, cased);
            case "endswith":
                return ValuePattern.compile(value, ValuePattern.Anchor.ENDS_WITH, cased);
            case "re":
                try {
                    Pattern pattern = Pattern.compile(value, flags);
                    return candidate -> BoundedText.matches(pattern, candidate, false);
                } catch (PatternSyntaxException e) {
                    throw new RuleException(path, "invalid regular expression: " + e.getDescription());
                }
            case "cidr":
                try {
                    Cidr cidr = Cidr.parse(value);
                    return cidr::contains;
                } catch (IllegalArgumentException e) {
                    throw new RuleException(path, e.getMessage());
                }
            default:
                return numeric(operator, value, path);
        }
    }

    private static Predicate<String> numeric(String operator, String value, String path) {
        BigDecimal limit = number(value);
        if (limit == null) {
            throw new RuleException(path, "'" + operator + "' needs a number, not '" + value + "'");
        }
        return candidate -> {
            BigDecimal actual = number(candidate);
            if (actual == null) {
                return false;
            }
            int order = actual.compareTo(limit);
            return switch (operator) {
                case "lt" -> order < 0;
                case "lte" -> order <= 0;
                case "gt" -> order > 0;
                default -> order >= 0;
            };
        };
    }

    private static BigDecimal number(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.length() > 40) {
            return null;
        }
        try {
            return new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The field this tests; empty for a keyword search over the whole record. */
    String field() {
        return field;
    }

    boolean matches(EventFields fields) {
        List<String> values = field.isEmpty() ? fields.keywordTexts() : fields.lookup(field);
        if (exists != null) {
            return (values != null) == exists;
        }
        if (all) {
            for (Predicate<String> test : tests) {
                if (!matchesOne(test, values)) {
                    return false;
                }
            }
            return true;
        }
        for (Predicate<String> test : tests) {
            if (matchesOne(test, values)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesOne(Predicate<String> test, List<String> values) {
        if (test == null) {
            return values == null || values.isEmpty();
        }
        if (values == null) {
            return false;
        }
        for (String value : values) {
            if (test.test(value)) {
                return true;
            }
        }
        return false;
    }
}
