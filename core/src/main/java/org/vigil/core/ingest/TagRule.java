package org.vigil.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.core.correlate.SigmaRule;

/**
 * Maps events to assets by what they say rather than by an identifier: a Sigma detection rule whose
 * tags include {@value #TAG_PREFIX}{@code <asset tag>} (and, to limit it to one scenario,
 * {@value #SCENARIO_PREFIX}{@code <scenario id>}). An event it matches concerns every asset with that
 * tag. Sigma tags are namespaced, so such rules stay valid Sigma and load with the other rules.
 */
public record TagRule(SigmaRule rule, String assetTag, Optional<String> scenarioId) {

    public static final String TAG_PREFIX = "vigil.asset_tag.";
    public static final String SCENARIO_PREFIX = "vigil.scenario.";

    public TagRule {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(assetTag, "assetTag");
        Objects.requireNonNull(scenarioId, "scenarioId");
    }

    /** The tag rules among loaded rules: one per asset tag a rule names. */
    public static List<TagRule> among(List<SigmaRule> rules) {
        List<TagRule> found = new ArrayList<>();
        for (SigmaRule rule : rules) {
            Optional<String> scenario = rule.tags().stream()
                    .filter(t -> t.startsWith(SCENARIO_PREFIX))
                    .map(t -> t.substring(SCENARIO_PREFIX.length()))
                    .findFirst();
            rule.tags().stream()
                    .filter(t -> t.startsWith(TAG_PREFIX) && t.length() > TAG_PREFIX.length())
                    .forEach(t -> found.add(new TagRule(rule, t.substring(TAG_PREFIX.length()), scenario)));
        }
        return List.copyOf(found);
    }

    /** Whether a rule maps events to assets rather than detecting anything. */
    public static boolean isTagRule(SigmaRule rule) {
        return rule.tags().stream().anyMatch(t -> t.startsWith(TAG_PREFIX));
    }
}
