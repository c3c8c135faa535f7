package org.vigil.core.correlate;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One Sigma string value compiled for matching: wildcards {@code *} (any run of characters) and
 * {@code ?} (exactly one character), backslash escapes ({@code \*}, {@code \?}, {@code \\}; a
 * backslash before anything else is literal), case-insensitive unless {@code cased}. Values whose
 * only wildcards are leading or trailing {@code *} become plain equals/contains/startswith/endswith
 * tests; the others become an anchored regular expression.
 */
final class ValuePattern implements Predicate<String> {

    /** How the value is anchored, from the modifier (none = equals). */
    enum Anchor {
        EQUALS,
        CONTAINS,
        STARTS_WITH,
        ENDS_WITH
    }

    private final Anchor anchor;
    private final String literal;
    private final Pattern regex;
    private final boolean cased;

    private ValuePattern(Anchor anchor, String literal, Pattern regex, boolean cased) {
        this.anchor = anchor;
        this.literal = literal;
        this.regex = regex;
        this.cased = cased;
    }

    static ValuePattern compile(String value, Anchor anchor, boolean cased) {
        boolean leading = anchor == Anchor.CONTAINS || anchor == Anchor.ENDS_WITH;
        boolean trailing = anchor == Anchor.CONTAINS || anchor == Anchor.STARTS_WITH;
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        StringBuilder pending = new StringBuilder();
        boolean inner = false;
        int i = 0;
        // Leading run of unescaped stars.
        while (i < value.length() && value.charAt(i) == '*') {
            leading = true;
            i++;
        }
        int stop = value.length();
        while (stop > i && value.charAt(stop - 1) == '*' && !escaped(value, stop - 1)) {
            trailing = true;
            stop--;
        }
        while (i < stop) {
            char c = value.charAt(i);
            char next = i + 1 < stop ? value.charAt(i + 1) : 0;
            if (c == '\\' && (next == '*' || next == '?' || next == '\\')) {
                pending.append(next);
                i += 2;
                continue;
            }
            if (c == '*' || c == '?') {
                inner = true;
                regex.append(Pattern.quote(pending.toString())).append(c == '*' ? ".*" : ".");
                literal.append(pending);
                pending.setLength(0);
                i++;
                continue;
            }
            pending.append(c);
            i++;
        }
        regex.append(Pattern.quote(pending.toString()));
        literal.append(pending);
        Anchor effective = leading && trailing
                ? Anchor.CONTAINS
                : leading ? Anchor.ENDS_WITH : trailing ? Anchor.STARTS_WITH : Anchor.EQUALS;
        if (!inner) {
            String text = cased ? literal.toString() : literal.toString().toLowerCase(Locale.ROOT);
            return new ValuePattern(effective, text, null, cased);
        }
        String full = (leading ? ".*" : "") + regex + (trailing ? ".*" : "");
        int flags = Pattern.DOTALL | (cased ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new ValuePattern(effective, null, Pattern.compile(full, flags), cased);
    }

    /** Whether the character at {@code index} is escaped by an odd run of backslashes before it. */
    private static boolean escaped(String value, int index) {
        int backslashes = 0;
        for (int j = index - 1; j >= 0 && value.charAt(j) == '\\'; j--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    @Override
    public boolean test(String candidate) {
        if (regex != null) {
            return BoundedText.matches(regex, candidate, true);
        }
        String text = cased ? candidate : candidate.toLowerCase(Locale.ROOT);
        return switch (anchor) {
            case EQUALS -> text.equals(literal);
            case CONTAINS -> text.contains(literal);
            case STARTS_WITH -> text.startsWith(literal);
            case ENDS_WITH -> text.endsWith(literal);
        };
    }
}
