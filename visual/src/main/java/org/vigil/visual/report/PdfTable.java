package org.vigil.visual.report;

import java.util.List;

/**
 * A table for a PDF report: headers, the share of the width each column gets, and the rows. Cells
 * wrap; the header repeats on every page the table runs over.
 */
record PdfTable(List<String> headers, List<Float> widths, List<List<String>> rows) {

    PdfTable {
        headers = List.copyOf(headers);
        widths = List.copyOf(widths);
        rows = rows.stream().map(List::copyOf).toList();
        if (headers.size() != widths.size()) {
            throw new IllegalArgumentException(headers.size() + " headers but " + widths.size() + " widths");
        }
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of " + headers.size());
            }
        }
    }
}
