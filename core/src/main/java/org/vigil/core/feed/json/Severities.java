package org.vigil.core.feed.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.json.JsonWalk.Leaf;

/**
 * The severity a record gives itself: the most severe value among its severity-like keys, each read
 * as a word or a number on the scale its key implies; {@link EventSeverity#INFO} when there is
 * none. Taking the most severe lets "riskLevelDuringSignIn: none" and "riskLevelAggregated: high",
 * or an alert's severity and its rule's, agree on what matters.
 */
final class Severities {

    /** Keys, normalised, that are severities whatever their words. */
    private static final Set<String> KEYS = Set.of("level", "loglevel", "risk", "risklevel", "sev", "impact");

    /** Words of a key that make it a severity: alertSeverity, syslog_severity, priority, urgency… */
    private static final Set<String> KEY_WORDS = Set.of("severity", "priority", "urgency", "criticality");

    /** Keys whose numbers count down from 1 = most urgent, as ITIL and ticketing tools do. */
    private static final Set<String> RANKING_WORDS = Set.of("priority", "urgency", "impact");

    private static final Map<String, EventSeverity> WORDS = Map.ofEntries(
            Map.entry("critical", EventSeverity.CRITICAL),
            Map.entry("crit", EventSeverity.CRITICAL),
            Map.entry("fatal", EventSeverity.CRITICAL),
            Map.entry("emergency", EventSeverity.CRITICAL),
            Map.entry("emerg", EventSeverity.CRITICAL),
            Map.entry("alert", EventSeverity.CRITICAL),
            Map.entry("severe", EventSeverity.CRITICAL),
            Map.entry("disaster", EventSeverity.CRITICAL),
            Map.entry("high", EventSeverity.HIGH),
            Map.entry("error", EventSeverity.HIGH),
            Map.entry("err", EventSeverity.HIGH),
            Map.entry("major", EventSeverity.HIGH),
            Map.entry("medium", EventSeverity.MEDIUM),
            Map.entry("moderate", EventSeverity.MEDIUM),
            Map.entry("warning", EventSeverity.MEDIUM),
            Map.entry("warn", EventSeverity.MEDIUM),
            Map.entry("average", EventSeverity.MEDIUM),
            Map.entry("low", EventSeverity.LOW),
            Map.entry("minor", EventSeverity.LOW),
            Map.entry("notice", EventSeverity.LOW),
            Map.entry("info", EventSeverity.INFO),
            Map.entry("informational", EventSeverity.INFO),
            Map.entry("information", EventSeverity.INFO),
            Map.entry("debug", EventSeverity.INFO),
            Map.entry("verbose", EventSeverity.INFO),
            Map.entry("trace", EventSeverity.INFO),
            Map.entry("none", EventSeverity.INFO),
            Map.entry("ok", EventSeverity.INFO));

    private Severities() {}

    /** How a severity number is read. */
    enum Scale {
        /** 0 INFO, 1–3 LOW, 4–6 MEDIUM, 7–8 HIGH, 9–10 CRITICAL (CEF's scale, the common one for 0–10). */
        ZERO_TO_TEN,
        /** 0–1 CRITICAL, 2 HIGH, 3 MEDIUM, 4 LOW, 5 and more INFO (priority, urgency, impact). */
        RANKING,
        /** Syslog: 0–2 CRITICAL (emergency, alert, critical), 3 HIGH, 4 MEDIUM, 5 LOW, 6–7 INFO. */
        SYSLOG,
        /** ModSecurity writes syslog numbers and 0 for a rule without a severity. */
        MODSECURITY
    }

    /** The record's severity; {@code keys} are all its key names, to recognise ModSecurity's audit log. */
    static EventSeverity of(List<Leaf> leaves, Set<String> keys) {
        boolean modSecurity = keys.stream().anyMatch(k -> KeyWords.normalised(k).equals("modsecurity"));
        EventSeverity worst = null;
        for (Leaf leaf : leaves) {
            Optional<Scale> scale = scale(leaf.key(), modSecurity);
            if (scale.isPresent()) {
                Optional<EventSeverity> severity = read(leaf, scale.get());
                if (severity.isPresent() && (worst == null || severity.get().compareTo(worst) > 0)) {
                    worst = severity.get();
                }
            }
        }
        return worst == null ? EventSeverity.INFO : worst;
    }

    /** The scale of a severity key's numbers, or empty when the key is not a severity. */
    static Optional<Scale> scale(String key, boolean modSecurity) {
        List<String> words = KeyWords.words(key);
        boolean riskLevel = KeyWords.Phrase.of("risk level").in(words);
        if (!KEYS.contains(KeyWords.normalised(key))
                && !riskLevel
                && words.stream().noneMatch(KEY_WORDS::contains)) {
            return Optional.empty();
        }
        if (words.stream().anyMatch(RANKING_WORDS::contains)) {
            return Optional.of(Scale.RANKING);
        }
        if (words.contains("syslog")) {
            return Optional.of(Scale.SYSLOG);
        }
        return Optional.of(modSecurity ? Scale.MODSECURITY : Scale.ZERO_TO_TEN);
    }

    /** A known word in the value ("4 - Low", "Warning") wins; else a whole number on the key's scale. */
    static Optional<EventSeverity> read(Leaf leaf, Scale scale) {
        String text = leaf.text();
        if (leaf.isText()) {
            for (String word : KeyWords.words(text)) {
                EventSeverity severity = WORDS.get(word);
                if (severity != null) {
                    return Optional.of(severity);
                }
            }
        }
        return number(text.strip()).flatMap(n -> onScale(n, scale));
    }

    private static Optional<Integer> number(String text) {
        int end = 0;
        while (end < text.length() && end < 3 && Character.isDigit(text.charAt(end))) {
            end++;
        }
        boolean whole = end > 0
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))
                && (end == text.length() || text.charAt(end) != '.');
        return whole ? Optional.of(Integer.parseInt(text.substring(0, end))) : Optional.empty();
    }

    private static Optional<EventSeverity> onScale(int n, Scale scale) {
        return switch (scale) {
            case ZERO_TO_TEN -> n > 10 ? Optional.empty() : Optional.of(zeroToTen(n));
            case RANKING -> Optional.of(n <= 1 ? EventSeverity.CRITICAL : ranking(n));
            case SYSLOG -> n > 7 ? Optional.empty() : Optional.of(syslog(n));
            case MODSECURITY -> n == 0 || n > 7 ? Optional.empty() : Optional.of(syslog(n));
        };
    }

    private static EventSeverity zeroToTen(int n) {
        if (n == 0) {
            return EventSeverity.INFO;
        }
        return n <= 3
                ? EventSeverity.LOW
                : n <= 6 ? EventSeverity.MEDIUM : n <= 8 ? EventSeverity.HIGH : EventSeverity.CRITICAL;
    }

    private static EventSeverity ranking(int n) {
        return n == 2
                ? EventSeverity.HIGH
                : n == 3 ? EventSeverity.MEDIUM : n == 4 ? EventSeverity.LOW : EventSeverity.INFO;
    }

    private static EventSeverity syslog(int n) {
        return n <= 2
                ? EventSeverity.CRITICAL
                : n == 3
                        ? EventSeverity.HIGH
                        : n == 4 ? EventSeverity.MEDIUM : n == 5 ? EventSeverity.LOW : EventSeverity.INFO;
    }
}
