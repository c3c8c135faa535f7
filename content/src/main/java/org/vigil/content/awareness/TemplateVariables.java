package org.vigil.content.awareness;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GoPhish's template variables ({@code {{.FirstName}}} and the rest): finding them, telling known
 * from unknown or malformed ones, and filling them in for a preview.
 */
public final class TemplateVariables {

    /** The variables GoPhish fills in for emails and landing pages, in its documentation's order. */
    public static final List<String> KNOWN = List.of(
            "FirstName", "LastName", "Email", "Position", "From", "URL", "TrackingURL", "Tracker", "RId", "BaseURL");

    private static final Pattern TOKEN = Pattern.compile("\\{\\{(.*?)}}|\\{\\{");
    private static final Pattern CANONICAL = Pattern.compile("\\.([A-Za-z]+)");

    private TemplateVariables() {}

    /**
     * One {@code {{...}}} in a text: {@code name} is the variable's name if the token has GoPhish's
     * form {@code {{.Name}}}, else empty; {@code offset} is where the token starts.
     */
    public record Use(String token, String name, int offset) {

        public boolean isWellFormed() {
            return !name.isEmpty();
        }

        public boolean isKnown() {
            return KNOWN.contains(name);
        }
    }

    /** Every {@code {{...}}} token and every unclosed {@code {{}, in order. */
    public static List<Use> find(String text) {
        List<Use> uses = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            String inner = matcher.group(1);
            Matcher canonical = inner == null ? null : CANONICAL.matcher(inner);
            String name = canonical != null && canonical.matches() ? canonical.group(1) : "";
            uses.add(new Use(matcher.group(), name, matcher.start()));
        }
        return uses;
    }

    /** The names of the well-formed variables a text uses, in order of first use. */
    public static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        find(text).stream().filter(Use::isWellFormed).forEach(use -> names.add(use.name()));
        return names;
    }

    /** The text with each {@code {{.Name}}} found in {@code values} replaced; others are left as they are. */
    public static String fill(String text, Map<String, String> values) {
        StringBuilder filled = new StringBuilder();
        int from = 0;
        for (Use use : find(text)) {
            filled.append(text, from, use.offset());
            filled.append(values.getOrDefault(use.name(), use.token()));
            from = use.offset() + use.token().length();
        }
        return filled.append(text.substring(from)).toString();
    }
}
