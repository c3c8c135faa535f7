package org.vigil.core.correlate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vigil.core.feed.FeedFormat;

/**
 * Rules sorted once by the formats whose events they can match ({@link SigmaRule#appliesTo}), in
 * their given order: every event is tested against the rules, and most rules are for another
 * product than the one that writes a Suricata or Zeek event. Immutable, so threads may share it.
 */
public final class RulesByFormat {

    private final Map<FeedFormat, List<SigmaRule>> rules = new EnumMap<>(FeedFormat.class);

    public RulesByFormat(List<SigmaRule> all) {
        for (FeedFormat format : FeedFormat.values()) {
            List<SigmaRule> applying = new ArrayList<>();
            for (SigmaRule rule : all) {
                if (rule.appliesTo(format)) {
                    applying.add(rule);
                }
            }
            rules.put(format, List.copyOf(applying));
        }
    }

    /** The rules that can match events of the format, in their given order. */
    public List<SigmaRule> of(FeedFormat format) {
        return rules.get(format);
    }
}
