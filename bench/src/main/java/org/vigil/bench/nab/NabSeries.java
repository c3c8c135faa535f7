package org.vigil.bench.nab;

import java.time.Instant;
import java.util.List;

/**
 * One NAB data file: its points in time order and its anomaly windows.
 *
 * @param path the file relative to NAB's data folder, e.g. {@code realKnownCause/nyc_taxi.csv}
 * @param timestamps each point's timestamp as written in the file, for the results file
 * @param instants the same timestamps, read as UTC
 * @param values each point's value
 * @param windows the labelled windows, in time order
 */
record NabSeries(String path, List<String> timestamps, Instant[] instants, double[] values, List<LabelWindow> windows) {

    /** NAB scores nothing in a series' first 15 %, and never more than 750 points (15 % of 5,000). */
    static final double PROBATION = 0.15;

    int size() {
        return values.length;
    }

    /** Points at the start that are not scored: the detector's learning time. */
    int probation() {
        return (int) Math.min(Math.floor(PROBATION * size()), PROBATION * 5000);
    }

    /** The file name without folder: {@code nyc_taxi.csv}. */
    String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The folder: {@code realKnownCause}. */
    String category() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** 1 inside a window, 0 outside: the {@code label} column of NAB's results files. */
    int label(int index) {
        for (LabelWindow window : windows) {
            if (window.contains(index)) {
                return 1;
            }
        }
        return 0;
    }
}
