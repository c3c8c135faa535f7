package org.vigil.visual.anomaly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.StringJoiner;
import org.vigil.core.anomaly.AnomalySummary;
import org.vigil.core.anomaly.Contribution;
import org.vigil.core.anomaly.Metric;
import org.vigil.core.anomaly.StreamKey;
import org.vigil.core.anomaly.StreamPoint;
import org.vigil.visual.text.UiText;

/**
 * The words for streams, values and points in the analyst's language, shared by the anomaly page and
 * the timeline and graph markers. Needs no toolkit.
 */
public final class StreamTexts {

    private final UiText text;

    public StreamTexts(UiText text) {
        this.text = text;
    }

    /** What the stream measures, e.g. "Temperature" or "Authentication events". */
    public String metric(StreamKey stream) {
        if (stream.metric() == Metric.EVENT_RATE && !stream.qualifier().isEmpty()) {
            String category = "board.category." + stream.qualifier().toUpperCase(Locale.ROOT);
            String name = text.messages().has(category) ? text.get(category) : stream.qualifier();
            return text.get("anomaly.metric.EVENT_RATE.of", name);
        }
        return text.get("anomaly.metric." + stream.metric().name());
    }

    /** The stream as the list shows it, e.g. "Temperature on coldbox-114 (TIVE-CCB-114)". */
    public String stream(StreamKey stream) {
        boolean qualified = !stream.qualifier().isEmpty() && stream.metric() != Metric.EVENT_RATE;
        return qualified
                ? text.get("anomaly.stream.qualified", metric(stream), stream.assetId(), stream.qualifier())
                : text.get("anomaly.stream.plain", metric(stream), stream.assetId());
    }

    /** The unit of the stream's values, e.g. "°C" or "per minute". */
    public String unit(StreamKey stream, long bucketSeconds) {
        return switch (stream.metric()) {
            case ROUTE_DISTANCE -> text.get("anomaly.unit.metres");
            case DWELL -> text.get("anomaly.unit.minutes");
            case TEMPERATURE -> text.get("anomaly.unit.celsius");
            default ->
                bucketSeconds % 60 == 0
                        ? text.get("anomaly.unit.perMinutes", bucketSeconds / 60)
                        : text.get("anomaly.unit.perSeconds", bucketSeconds);
        };
    }

    /** A value as shown: whole numbers from 100 on, else at most two decimals; "unknown" for NaN. */
    public String number(double value) {
        if (!Double.isFinite(value)) {
            return text.get("anomaly.value.unknown");
        }
        int scale = Math.abs(value) >= 100 ? 0 : 2;
        return BigDecimal.valueOf(value)
                .setScale(scale, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** A point's values: time, observed, expected, band and score. */
    public String point(StreamPoint point, String unit) {
        return text.get(
                "anomaly.point.values",
                Date.from(point.time()),
                number(point.observed()),
                unit,
                number(point.expected()),
                number(point.lower()),
                number(point.upper()),
                point.score());
    }

    /** The features that contributed most, with their shares; empty when none. */
    public String contributions(StreamPoint point) {
        if (point.contributions().isEmpty()) {
            return "";
        }
        StringJoiner parts = new StringJoiner(", ");
        point.contributions().stream()
                .limit(3)
                .forEach(c -> parts.add(text.get("anomaly.point.contribution", feature(c), c.share())));
        return text.get("anomaly.point.contributions", parts.toString());
    }

    /** A feature's name, e.g. "above the range seen"; the detector's own word when it has none here. */
    public String feature(Contribution contribution) {
        String feature = contribution.feature();
        if (feature.equals("value[t]")) {
            return text.get("anomaly.feature.value");
        }
        if (feature.startsWith("value[t-") && feature.endsWith("]")) {
            return text.get("anomaly.feature.lag", feature.substring(8, feature.length() - 1));
        }
        String key = "anomaly.feature." + feature;
        return text.messages().has(key) ? text.get(key) : feature;
    }

    /** An anomaly event read back from its summary, for markers: stream, observed, expected, score. */
    public String anomaly(AnomalySummary summary, Instant time) {
        String unit = summary.stream().metric().shape() == Metric.Shape.RATE ? "" : " " + unit(summary.stream(), 60);
        String line = text.get(
                "anomaly.marker.values",
                Date.from(time),
                stream(summary.stream()),
                number(summary.observed()) + unit,
                number(summary.expected()) + (Double.isFinite(summary.expected()) ? unit : ""),
                summary.score());
        if (Double.isFinite(summary.lower()) || Double.isFinite(summary.upper())) {
            line += "\n" + text.get("anomaly.marker.band", number(summary.lower()), number(summary.upper()) + unit);
        }
        return line;
    }
}
