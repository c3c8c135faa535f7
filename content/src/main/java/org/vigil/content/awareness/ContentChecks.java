package org.vigil.content.awareness;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vigil.content.json.JsonFields;

/** Checks every item type applies to its text: template variables, their parity across languages, domains. */
final class ContentChecks {

    private ContentChecks() {}

    /**
     * Reports malformed and unknown GoPhish variables in {@code text}, or any variable at all where
     * {@code allowed} is false, with the line where they occur in {@code raw}; returns the known ones.
     */
    static Set<String> variables(String file, String raw, String text, boolean allowed, Problems problems) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> reported = new LinkedHashSet<>();
        for (TemplateVariables.Use use : TemplateVariables.find(text)) {
            String reason;
            if (!allowed) {
                reason = "template variable " + use.token()
                        + " is not allowed here: only emails and landing pages go through GoPhish";
            } else if (!use.isWellFormed()) {
                reason = "malformed template variable \"" + use.token() + "\"; write {{.Name}} without spaces";
            } else if (!use.isKnown()) {
                reason = "unknown template variable " + use.token() + "; GoPhish knows " + known();
            } else {
                names.add(use.name());
                continue;
            }
            if (reported.add(use.token())) {
                problems.add(file, lineOf(raw, use.token()), "", reason);
            }
        }
        return names;
    }

    /** Every language must use the same variables as English, or a campaign would differ by language. */
    static void parity(Map<Language, Set<String>> used, Function<Language, String> fileOf, Problems problems) {
        Set<String> english = used.get(Language.EN);
        if (english == null) {
            return;
        }
        used.forEach((language, names) -> {
            if (!names.equals(english)) {
                problems.add(
                        fileOf.apply(language),
                        0,
                        "",
                        "uses template variables " + list(names) + " but " + fileOf.apply(Language.EN) + " uses "
                                + list(english) + ": every language must use the same ones");
            }
        });
    }

    /** Reports each host in {@code text} that is not reserved for examples, once, at its line in {@code raw}. */
    static void domains(String file, String raw, String text, Problems problems) {
        for (String host : ReservedDomains.unreservedHosts(text)) {
            problems.add(
                    file,
                    lineOf(raw, host),
                    "",
                    "\"" + host
                            + "\" is not a reserved domain: use names under .example (or .test, .invalid), never a real domain");
        }
    }

    /** Like {@link #domains} for a JSON field. */
    static void domains(JsonFields json, String path, String text) {
        for (String host : ReservedDomains.unreservedHosts(text)) {
            json.report(
                    path,
                    "\"" + host
                            + "\" is not a reserved domain: use names under .example (or .test, .invalid), never a real domain");
        }
    }

    static String list(Set<String> names) {
        return names.isEmpty()
                ? "none"
                : names.stream().map(n -> "{{." + n + "}}").collect(Collectors.joining(", "));
    }

    private static String known() {
        List<String> all = new ArrayList<>();
        TemplateVariables.KNOWN.forEach(n -> all.add("{{." + n + "}}"));
        return String.join(", ", all);
    }

    static int lineOf(String raw, String needle) {
        int at = raw.indexOf(needle);
        return at < 0 ? 0 : TextMatch.lineAt(raw, at);
    }
}
