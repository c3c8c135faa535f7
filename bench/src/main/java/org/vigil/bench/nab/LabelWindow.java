package org.vigil.bench.nab;

/**
 * A labelled anomaly window of one series, as the indices of its first and last point (inclusive).
 * NAB centres each window on a labelled anomaly and makes it 10 % of the series long, split among
 * the series' anomalies.
 */
record LabelWindow(int first, int last) {

    LabelWindow {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("bad window [" + first + ", " + last + "]");
        }
    }

    int length() {
        return last - first + 1;
    }

    boolean contains(int index) {
        return index >= first && index <= last;
    }
}
