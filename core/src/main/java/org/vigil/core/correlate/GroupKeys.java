package org.vigil.core.correlate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The group-by values of a hit: one key per combination of values, none if a field is missing. */
final class GroupKeys {

    private GroupKeys() {}

    static List<List<String>> of(CorrelationRule rule, String ruleKey, FieldSource fields, int max) {
        List<List<String>> keys = new ArrayList<>();
        keys.add(List.of());
        for (String name : rule.groupBy()) {
            List<String> values = fields.lookup(rule.fieldFor(name, ruleKey));
            if (values == null || values.isEmpty()) {
                return List.of();
            }
            List<List<String>> extended = new ArrayList<>();
            for (List<String> key : keys) {
                for (String value : new LinkedHashSet<>(values)) {
                    if (extended.size() < max) {
                        List<String> longer = new ArrayList<>(key);
                        longer.add(value);
                        extended.add(List.copyOf(longer));
                    }
                }
            }
            keys = extended;
        }
        return keys;
    }
}
