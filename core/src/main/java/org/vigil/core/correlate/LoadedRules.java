package org.vigil.core.correlate;

import java.util.List;

/**
 * What {@link SigmaRuleLoader} loaded: detection rules and correlation rules in file order (files
 * sorted by path, documents in file order), and every rule or file that was skipped, with why.
 */
public record LoadedRules(List<SigmaRule> rules, List<CorrelationRule> correlations, List<RuleProblem> problems) {

    public LoadedRules {
        rules = List.copyOf(rules);
        correlations = List.copyOf(correlations);
        problems = List.copyOf(problems);
    }
}
