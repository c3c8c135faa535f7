package org.vigil.core.correlate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects loaded rules, rejects duplicate ids and names, and resolves what correlation rules refer
 * to (by id or name) into rule keys. A correlation is dropped if a reference is unknown, names a
 * correlation that was dropped, or closes a cycle.
 */
final class ReferenceResolver {

    private final List<RuleProblem> problems;
    private final List<Object> rules = new ArrayList<>();
    /** id or name → rule (a SigmaRule or a CorrelationRule). */
    private final Map<String, Object> byReference = new HashMap<>();

    ReferenceResolver(List<RuleProblem> problems) {
        this.problems = problems;
    }

    void add(SigmaRule rule) {
        if (register(rule, rule.meta())) {
            rules.add(rule);
        }
    }

    void add(CorrelationRule rule) {
        if (register(rule, rule.meta())) {
            rules.add(rule);
        }
    }

    private boolean register(Object rule, RuleMeta meta) {
        for (String reference : new String[] {meta.id(), meta.name()}) {
            Object other = reference == null ? null : byReference.get(reference);
            if (other != null) {
                RuleMeta first = metaOf(other);
                report(
                        meta,
                        (reference.equals(meta.id()) ? "id" : "name") + ": '" + reference
                                + "' is already used by the rule at "
                                + first.file().getFileName() + " line " + first.line());
                return false;
            }
        }
        if (meta.id() != null) {
            byReference.put(meta.id(), rule);
        }
        if (meta.name() != null) {
            byReference.put(meta.name(), rule);
        }
        return true;
    }

    LoadedRules resolve() {
        Map<CorrelationRule, CorrelationRule> resolved = new LinkedHashMap<>();
        Set<CorrelationRule> failed = new HashSet<>();
        for (Object rule : rules) {
            if (rule instanceof CorrelationRule correlation) {
                resolve(correlation, resolved, failed, new HashSet<>());
            }
        }
        List<SigmaRule> detections = new ArrayList<>();
        List<CorrelationRule> correlations = new ArrayList<>();
        for (Object rule : rules) {
            if (rule instanceof SigmaRule detection) {
                detections.add(detection);
            } else if (resolved.containsKey((CorrelationRule) rule)) {
                correlations.add(resolved.get((CorrelationRule) rule));
            }
        }
        return new LoadedRules(detections, correlations, problems);
    }

    private boolean resolve(
            CorrelationRule rule,
            Map<CorrelationRule, CorrelationRule> resolved,
            Set<CorrelationRule> failed,
            Set<CorrelationRule> visiting) {
        if (resolved.containsKey(rule)) {
            return true;
        }
        if (failed.contains(rule)) {
            return false;
        }
        visiting.add(rule);
        try {
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < rule.rules().size(); i++) {
                String reference = rule.rules().get(i);
                String path = "correlation.rules[" + i + "]";
                Object target = byReference.get(reference);
                if (target == null) {
                    throw new RuleException(path, "unknown rule '" + reference + "'");
                }
                if (target instanceof CorrelationRule upstream) {
                    if (visiting.contains(upstream)) {
                        throw new RuleException(path, "'" + reference + "' leads back to this rule (a cycle)");
                    }
                    if (!resolve(upstream, resolved, failed, visiting)) {
                        throw new RuleException(path, "rule '" + reference + "' did not load");
                    }
                }
                keys.add(metaOf(target).key());
            }
            resolved.put(rule, rule.resolved(keys, aliases(rule, keys)));
            return true;
        } catch (RuleException e) {
            failed.add(rule);
            report(rule.meta(), e.describe());
            return false;
        } finally {
            visiting.remove(rule);
        }
    }

    private Map<String, Map<String, String>> aliases(CorrelationRule rule, List<String> keys) {
        Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
        rule.aliases().forEach((alias, byRule) -> {
            Map<String, String> fields = new LinkedHashMap<>();
            byRule.forEach((reference, field) -> {
                Object target = byReference.get(reference);
                String key = target == null ? null : metaOf(target).key();
                if (key == null || !keys.contains(key)) {
                    throw new RuleException(
                            "correlation.aliases." + alias + "." + reference,
                            "not one of the rules this correlation refers to");
                }
                fields.put(key, field);
            });
            byKey.put(alias, fields);
        });
        return byKey;
    }

    private void report(RuleMeta meta, String reason) {
        problems.add(new RuleProblem(meta.file(), "line " + meta.line() + " ('" + meta.title() + "'): " + reason));
    }

    private static RuleMeta metaOf(Object rule) {
        return rule instanceof SigmaRule s ? s.meta() : ((CorrelationRule) rule).meta();
    }
}
