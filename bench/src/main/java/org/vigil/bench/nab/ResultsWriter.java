package org.vigil.bench.nab;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a detector's scores in NAB's results format, which NAB's own scorer reads:
 * {@code <results>/<detector>/<category>/<detector>_<file>.csv} with the columns
 * timestamp,value,anomaly_score,label.
 */
final class ResultsWriter {

    private final Path results;

    ResultsWriter(Path results) {
        this.results = results;
    }

    Path write(String detector, NabSeries series, double[] scores) throws IOException {
        Path file = results.resolve(detector).resolve(series.category()).resolve(detector + "_" + series.fileName());
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("timestamp,value,anomaly_score,label\n");
            for (int i = 0; i < series.size(); i++) {
                out.write(series.timestamps().get(i));
                out.write(',');
                out.write(number(series.values()[i]));
                out.write(',');
                out.write(number(scores[i]));
                out.write(',');
                out.write(Integer.toString(series.label(i)));
                out.write('\n');
            }
        }
        return file;
    }

    /** Plain decimal notation, exact enough that NAB's sweep finds the same thresholds. */
    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.9f", value).replaceAll("0+$", "");
    }
}
