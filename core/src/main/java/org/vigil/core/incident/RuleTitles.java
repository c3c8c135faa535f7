package org.vigil.core.incident;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.core.correlate.CorrelationRule;
import org.vigil.core.correlate.LoadedRules;
import org.vigil.core.correlate.SigmaRule;

/**
 * An incident's title in the reader's language. Incidents store the English title of the rule that
 * raised them (stable for scripts and for other readers); the translation comes from the rule's
 * {@code vigil-titles}, found by the rule id the incident stores, so switching language relabels
 * incidents already raised.
 */
public final class RuleTitles {

    private static final RuleTitles NONE = new RuleTitles(new LoadedRules(List.of(), List.of(), List.of()));

    /** Rule id (as {@link IncidentDetection} stores it) → language → title; read-only once built. */
    private final Map<String, Map<String, String>> byRule;

    public RuleTitles(LoadedRules rules) {
        Map<String, Map<String, String>> titles = new HashMap<>();
        for (SigmaRule rule : rules.rules()) {
            index(titles, incidentRuleId(rule.id(), rule.key(), rule.title()), rule.titles());
        }
        for (CorrelationRule rule : rules.correlations()) {
            index(titles, incidentRuleId(rule.id(), rule.key(), rule.title()), rule.titles());
        }
        this.byRule = Map.copyOf(titles);
    }

    /** No translations: every title stays as stored. */
    public static RuleTitles none() {
        return NONE;
    }

    private static void index(Map<String, Map<String, String>> byRule, String ruleId, Map<String, String> titles) {
        if (!titles.isEmpty()) {
            // The loader rejects a second rule with the same id or name; of rules known only by
            // their title, the first loaded wins.
            byRule.putIfAbsent(ruleId, titles);
        }
    }

    /** The id an incident records for a rule: the id, else the name, else the title. */
    private static String incidentRuleId(String id, String key, String title) {
        return id != null ? id : key != null ? key : title;
    }

    /**
     * The title of the rule {@code ruleId} in the language of {@code languageTag} ({@code de}, or
     * {@code pt-PT} for which {@code pt} is tried too), else {@code fallback} (the stored title).
     */
    public String title(String ruleId, String languageTag, String fallback) {
        // A correlation without id or name is stored with an empty rule id: its title is all that names it.
        String key = ruleId == null || ruleId.isEmpty() ? fallback : ruleId;
        Map<String, String> titles = key == null ? null : byRule.get(key);
        if (titles == null || languageTag == null) {
            return fallback;
        }
        String tag = languageTag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        String title = titles.get(tag);
        if (title == null) {
            int dash = tag.indexOf('-');
            title = dash > 0 ? titles.get(tag.substring(0, dash)) : null;
        }
        return title == null ? fallback : title;
    }
}
