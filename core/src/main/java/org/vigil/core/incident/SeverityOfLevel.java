package org.vigil.core.incident;

import java.util.Locale;
import org.vigil.core.feed.EventSeverity;

/** Sigma rule levels on Vigil's one severity scale. A rule without a level counts as medium. */
final class SeverityOfLevel {

    private SeverityOfLevel() {}

    static EventSeverity of(String level) {
        return switch (level == null ? "" : level.toLowerCase(Locale.ROOT)) {
            case "informational" -> EventSeverity.INFO;
            case "low" -> EventSeverity.LOW;
            case "high" -> EventSeverity.HIGH;
            case "critical" -> EventSeverity.CRITICAL;
            default -> EventSeverity.MEDIUM;
        };
    }
}
