package org.vigil.core.anomaly;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the analyst's stream thresholds as one settings value and reads them back. The text is a
 * header line and then one line per stream, {@code threshold<TAB>stream id}: stream ids hold spaces,
 * slashes and colons but never tabs or line breaks. A line that cannot be read is skipped with a
 * problem saying why, so that its stream falls back to its detector's threshold and the rest still apply.
 */
public final class StreamThresholdsCodec {

    /** The first line: names the format and its version, so a future change is recognised. */
    static final String HEADER = "vigil-stream-thresholds 1";

    /** What was read, and what could not be. */
    public record Decoded(StreamThresholds thresholds, List<String> problems) {
        public Decoded {
            problems = List.copyOf(problems);
        }
    }

    public String encode(StreamThresholds thresholds) {
        StringBuilder text = new StringBuilder(HEADER);
        thresholds
                .byStream()
                .forEach((stream, threshold) -> text.append('\n')
                        .append(String.format(Locale.ROOT, "%.4f", threshold))
                        .append('\t')
                        .append(stream));
        return text.toString();
    }

    public Decoded decode(String text) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
            String first = lines.isEmpty() ? "" : lines.get(0);
            return new Decoded(
                    StreamThresholds.NONE,
                    List.of("not a list of stream thresholds (it starts with \"" + shortened(first)
                            + "\"); every stream uses its default"));
        }
        Map<String, Double> byStream = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            String stream = tab < 0 ? "" : line.substring(tab + 1).strip();
            if (stream.isEmpty()) {
                problems.add("line " + (i + 1) + " names no stream: \"" + shortened(line) + "\"");
                continue;
            }
            String number = line.substring(0, tab).strip();
            double threshold;
            try {
                threshold = Double.parseDouble(number);
            } catch (NumberFormatException e) {
                threshold = Double.NaN;
            }
            if (!StreamThresholds.usable(threshold)) {
                problems.add("line " + (i + 1) + ": \"" + shortened(number) + "\" is not a threshold above 0 and"
                        + " at most 1; " + stream + " uses its default");
                continue;
            }
            byStream.put(stream, threshold);
        }
        return new Decoded(new StreamThresholds(byStream), problems);
    }

    private static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
