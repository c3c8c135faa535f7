package org.vigil.app.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

/** Prints rows as left-aligned columns, two spaces apart, for terminals. */
final class TextTable {

    private final List<String[]> rows;

    TextTable(List<String[]> rows) {
        this.rows = List.copyOf(rows);
    }

    /** A header row from a translated text that separates its columns with {@code |}. */
    static List<String> header(String text) {
        return Arrays.stream(text.split("\\|")).map(String::strip).toList();
    }

    void print(PrintWriter out) {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].codePointCount(0, row[i].length()) + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }
}
