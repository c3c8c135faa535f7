package org.vigil.core.correlate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A detection condition, parsed once when the rule loads into a small tree. Grammar (keywords in
 * any case), from least to most binding:
 *
 * <pre>
 * or      := and ("or" and)*
 * and     := not ("and" not)*
 * not     := "not" not | primary
 * primary := "(" or ")" | ("1" | "any" | "all") "of" ("them" | pattern) | identifier
 * </pre>
 *
 * A pattern uses {@code *} as a wildcard ({@code selection_*}); {@code them} means every search
 * identifier not starting with {@code _}. Unknown identifiers, patterns matching nothing and the
 * obsolete aggregation syntax ({@code | count() > 5}) are rejected.
 */
public final class SigmaCondition {

    /** Deeper nesting than this is rejected, so a hostile rule cannot exhaust the stack. */
    static final int MAX_DEPTH = 64;

    private static final Pattern TOKEN = Pattern.compile("\\(|\\)|[^\\s()]+");

    /** A node of the condition tree. */
    sealed interface Node permits Ref, Not, And, Or, Quantified {
        boolean test(EventFields fields);
    }

    record Ref(Selection selection) implements Node {
        @Override
        public boolean test(EventFields fields) {
            return selection.matches(fields);
        }

        @Override
        public String toString() {
            return selection.name();
        }
    }

    record Not(Node operand) implements Node {
        @Override
        public boolean test(EventFields fields) {
            return !operand.test(fields);
        }

        @Override
        public String toString() {
            return "not " + operand;
        }
    }

    record And(List<Node> operands) implements Node {
        @Override
        public boolean test(EventFields fields) {
            for (Node operand : operands) { // loops, not streams: this runs per rule and event
                if (!operand.test(fields)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return "("
                    + String.join(" and ", operands.stream().map(Node::toString).toList()) + ")";
        }
    }

    record Or(List<Node> operands) implements Node {
        @Override
        public boolean test(EventFields fields) {
            for (Node operand : operands) {
                if (operand.test(fields)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return "("
                    + String.join(" or ", operands.stream().map(Node::toString).toList()) + ")";
        }
    }

    /** {@code 1 of ...} ({@code all} false) or {@code all of ...}. */
    record Quantified(boolean all, List<Selection> selections) implements Node {
        @Override
        public boolean test(EventFields fields) {
            for (Selection selection : selections) {
                if (selection.matches(fields) != all) {
                    return !all; // the first miss decides "all of", the first match "1 of"
                }
            }
            return all;
        }

        @Override
        public String toString() {
            return (all ? "all" : "1") + " of "
                    + selections.stream().map(Selection::name).toList();
        }
    }

    private final Node root;

    private SigmaCondition(Node root) {
        this.root = root;
    }

    Node root() {
        return root;
    }

    boolean test(EventFields fields) {
        return root.test(fields);
    }

    @Override
    public String toString() {
        return root.toString();
    }

    /** Several conditions (a YAML list) are alternatives. */
    static SigmaCondition anyOf(List<SigmaCondition> conditions) {
        return conditions.size() == 1
                ? conditions.get(0)
                : new SigmaCondition(new Or(conditions.stream().map(c -> c.root).toList()));
    }

    /** Parses {@code text} against the rule's search identifiers (in declaration order). */
    static SigmaCondition parse(String text, Map<String, Selection> selections, String path) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            String token = matcher.group();
            if (token.startsWith("|")) {
                throw new RuleException(
                        path, "aggregation expressions ('|') are not supported; use a correlation rule");
            }
            tokens.add(token);
        }
        if (tokens.isEmpty()) {
            throw new RuleException(path, "empty condition");
        }
        Parser parser = new Parser(tokens, selections, path);
        Node root = parser.or(0);
        if (parser.position < tokens.size()) {
            throw parser.error("unexpected '" + tokens.get(parser.position) + "'");
        }
        return new SigmaCondition(root);
    }

    private static final class Parser {
        private final List<String> tokens;
        private final Map<String, Selection> selections;
        private final String path;
        private int position;

        Parser(List<String> tokens, Map<String, Selection> selections, String path) {
            this.tokens = tokens;
            this.selections = selections;
            this.path = path;
        }

        Node or(int depth) {
            List<Node> operands = new ArrayList<>(List.of(and(depth)));
            while (accept("or")) {
                operands.add(and(depth));
            }
            return operands.size() == 1 ? operands.get(0) : new Or(List.copyOf(operands));
        }

        private Node and(int depth) {
            List<Node> operands = new ArrayList<>(List.of(not(depth)));
            while (accept("and")) {
                operands.add(not(depth));
            }
            return operands.size() == 1 ? operands.get(0) : new And(List.copyOf(operands));
        }

        private Node not(int depth) {
            if (depth > MAX_DEPTH) {
                throw error("nested deeper than " + MAX_DEPTH);
            }
            if (accept("not")) {
                return new Not(not(depth + 1));
            }
            return primary(depth);
        }

        private Node primary(int depth) {
            String token = next("an identifier, 'not', '(' or '1 of'/'all of'");
            if (token.equals("(")) {
                Node inner = or(depth + 1);
                if (!accept(")")) {
                    throw error("missing ')'");
                }
                return inner;
            }
            if (position < tokens.size() && keyword(tokens.get(position), "of")) {
                position++;
                return quantified(token);
            }
            if (token.equals(")") || isKeyword(token)) {
                throw error("unexpected '" + token + "'");
            }
            Selection selection = selections.get(token);
            if (selection == null) {
                throw error("unknown search identifier '" + token + "'");
            }
            return new Ref(selection);
        }

        private Node quantified(String quantifier) {
            boolean all;
            if (keyword(quantifier, "all")) {
                all = true;
            } else if (quantifier.equals("1") || keyword(quantifier, "any")) {
                all = false;
            } else {
                throw error("only '1 of' and 'all of' are supported, not '" + quantifier + " of'");
            }
            String target = next("'them' or a search identifier pattern");
            List<Selection> matched = new ArrayList<>();
            if (keyword(target, "them")) {
                selections.values().stream()
                        .filter(s -> !s.name().startsWith("_"))
                        .forEach(matched::add);
            } else {
                Pattern pattern = Pattern.compile(wildcard(target));
                selections.values().stream()
                        .filter(s -> pattern.matcher(s.name()).matches())
                        .forEach(matched::add);
            }
            if (matched.isEmpty()) {
                throw error("'" + target + "' matches no search identifier");
            }
            return new Quantified(all, List.copyOf(matched));
        }

        private static String wildcard(String pattern) {
            StringBuilder regex = new StringBuilder();
            String[] parts = pattern.split("\\*", -1);
            for (int i = 0; i < parts.length; i++) {
                regex.append(i > 0 ? ".*" : "").append(Pattern.quote(parts[i]));
            }
            return regex.toString();
        }

        private boolean accept(String expected) {
            if (position < tokens.size() && keyword(tokens.get(position), expected)) {
                position++;
                return true;
            }
            return false;
        }

        private String next(String expected) {
            if (position >= tokens.size()) {
                throw error("expected " + expected + " at the end");
            }
            return tokens.get(position++);
        }

        private static boolean keyword(String token, String keyword) {
            return token.toLowerCase(Locale.ROOT).equals(keyword);
        }

        private static boolean isKeyword(String token) {
            return List.of("and", "or", "not", "of").contains(token.toLowerCase(Locale.ROOT));
        }

        RuleException error(String message) {
            return new RuleException(path, message + " in condition '" + String.join(" ", tokens) + "'");
        }
    }
}
