package org.vigil.core.anomaly;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An anomaly event's summary read back into its numbers: views that list stored events get the
 * summary but not the raw record, and the summary says the stream, the observed and expected values,
 * the band and the score. Kept beside {@link AnomalyEvents#summary}, which writes it, and tested
 * against it, so that the two cannot drift apart.
 *
 * @param stream the stream
 * @param observed the value seen
 * @param expected what was expected, NaN when the summary says nothing
 * @param lower the low end of the normal band, NaN when unknown
 * @param upper the high end of the normal band, NaN when unknown
 * @param score the score, 0 to 1
 */
public record AnomalySummary(
        StreamKey stream, double observed, double expected, double lower, double upper, double score) {

    private static final String NUMBER = "(-?[0-9][0-9.E+-]*|NaN|-?Infinity)";
    private static final Pattern SUMMARY = Pattern.compile("^Anomaly: (?<what>.+?) on (?<asset>\\S+)"
            + "(?: \\((?<qualifier>[^)]*)\\))? (?<observed>" + NUMBER + ")(?: [^,\\s]+)?(?: in [^,]+)?"
            + "(?:, expected (?<expected>" + NUMBER + ")(?: [^,\\s]+)?)?"
            + "(?:, normal (?<lower>up|" + NUMBER + ") to (?<upper>any|" + NUMBER + ")(?: [^,\\s]+)?)?"
            + ", score (?<score>" + NUMBER + ")$");
    private static final String EVENTS = " events";

    /** The summary of an anomaly event of the scenario, or empty when it is not one. */
    public static Optional<AnomalySummary> parse(String scenarioId, String summary) {
        Matcher m = SUMMARY.matcher(summary);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<StreamKey> stream = stream(scenarioId + "/" + m.group("asset"), m.group("what"), m.group("qualifier"));
        return stream.map(key -> new AnomalySummary(
                key,
                number(m.group("observed")),
                number(m.group("expected")),
                number(m.group("lower")),
                number(m.group("upper")),
                number(m.group("score"))));
    }

    private static Optional<StreamKey> stream(String asset, String what, String qualifier) {
        for (Metric metric : Metric.values()) {
            if (metric.label().equals(what)) {
                return Optional.of(new StreamKey(asset, metric, qualifier));
            }
        }
        if (what.endsWith(EVENTS) && qualifier == null) {
            String category = what.substring(0, what.length() - EVENTS.length())
                    .replace(' ', '_')
                    .toLowerCase(Locale.ROOT);
            return Optional.of(new StreamKey(asset, Metric.EVENT_RATE, category));
        }
        return Optional.empty();
    }

    private static double number(String text) {
        if (text == null || text.equals("up") || text.equals("any")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The metric's unit, for showing the values. */
    public String unit() {
        return stream.metric().unit();
    }
}
