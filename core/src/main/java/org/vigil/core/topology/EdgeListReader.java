package org.vigil.core.topology;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an edge list: one link a line, {@code from,to} or {@code from,to,likelihood}, in UTF-8.
 * Blank lines and lines starting with {@code #} are skipped, blanks around fields are ignored,
 * fields may be double-quoted (with {@code ""} for a quote), and a line without a comma is split
 * at blanks and tabs, as in SNAP and GraphStream {@code .edge} files. The first line is a header if
 * it names the columns (see {@link #isHeader}); a header may name the third column {@code weight}.
 *
 * <p>Own reader rather than GraphStream's {@code FileSourceEdge}: that one splits at blanks only,
 * would take a header for a link, and reports no line numbers.
 */
final class EdgeListReader {

    private static final Set<String> FROM_HEADERS =
            Set.of("source", "from", "src", "node1", "node_1", "start", "tail", "id1", "origin");
    private static final Set<String> TO_HEADERS =
            Set.of("target", "to", "dst", "dest", "destination", "node2", "node_2", "end", "head", "id2");
    private static final String LIKELIHOOD = "likelihood";
    private static final String WEIGHT = "weight";

    private final boolean directed;

    /** @param directed whether each line is a link from its first node to its second, not both ways */
    EdgeListReader(boolean directed) {
        this.directed = directed;
    }

    void read(InputStream in, TopologyDraft draft, ProblemList problems) throws IOException {
        Utf8Lines lines = new Utf8Lines(in);
        String thirdColumn = LIKELIHOOD;
        boolean first = true;
        int number = 0;
        String line;
        while (true) {
            try {
                line = lines.next();
            } catch (CharacterCodingException e) {
                problems.add(number + 1, "", TopologyProblemCode.BAD_ENCODING, "UTF-8");
                return;
            }
            if (line == null) {
                return;
            }
            number++;
            if (number == 1 && line.startsWith("\ufeff")) {
                line = line.substring(1); // byte order mark
            }
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(text);
            if (fields == null) {
                problems.add(number, "", TopologyProblemCode.BAD_QUOTE);
                continue;
            }
            if (first) {
                first = false;
                if (isHeader(fields)) {
                    if (fields.size() == 3) {
                        thirdColumn = fields.get(2).toLowerCase(Locale.ROOT);
                        if (!thirdColumn.equals(LIKELIHOOD) && !thirdColumn.equals(WEIGHT)) {
                            problems.add(
                                    number,
                                    "",
                                    TopologyProblemCode.UNKNOWN_COLUMN,
                                    fields.get(2),
                                    LIKELIHOOD + ", " + WEIGHT);
                        }
                    }
                    continue;
                }
            }
            link(fields, number, thirdColumn, draft, problems);
        }
    }

    private void link(List<String> fields, int line, String thirdColumn, TopologyDraft draft, ProblemList problems) {
        if (fields.size() < 2) {
            problems.add(line, "", TopologyProblemCode.TOO_FEW_COLUMNS, fields.size(), 2);
            return;
        }
        if (fields.size() > 3) {
            problems.add(line, "", TopologyProblemCode.TOO_MANY_COLUMNS, fields.size(), 3);
            return;
        }
        boolean valid = nonEmpty(fields.get(0), line, "from", problems) & nonEmpty(fields.get(1), line, "to", problems);
        Double third = null;
        if (fields.size() == 3) {
            String value = fields.get(2);
            third = AttributeReader.parse(value).orElse(null);
            if (value.isEmpty()) {
                problems.add(line, thirdColumn, TopologyProblemCode.EMPTY_FIELD);
                valid = false;
            } else if (third == null) {
                problems.add(line, thirdColumn, TopologyProblemCode.NOT_A_NUMBER, value);
                valid = false;
            } else if (thirdColumn.equals(LIKELIHOOD) && !(third >= 0 && third <= 1)) {
                // checked here to be listed in line order; a weight's range depends on the options
                problems.add(line, thirdColumn, TopologyProblemCode.OUT_OF_RANGE, value, 0, 1);
                valid = false;
            }
        }
        if (!valid) {
            return;
        }
        TopologyDraft.Edge edge = draft.addEdge(null, fields.get(0), fields.get(1), directed, line);
        if (third != null) {
            draft.setEdgeAttribute(edge, thirdColumn, third); // a weight's range depends on what it gives
        }
    }

    private static boolean nonEmpty(String field, int line, String column, ProblemList problems) {
        if (field.isEmpty()) {
            problems.add(line, column, TopologyProblemCode.EMPTY_FIELD);
            return false;
        }
        return true;
    }

    /**
     * A header names its first two columns, such as {@code source,target} or {@code from,to}, or
     * names a third column {@code likelihood} or {@code weight}. A first line {@code a,b} is a link.
     */
    static boolean isHeader(List<String> fields) {
        if (fields.size() < 2) {
            return false;
        }
        String from = fields.get(0).toLowerCase(Locale.ROOT);
        String to = fields.get(1).toLowerCase(Locale.ROOT);
        boolean namesEnds = FROM_HEADERS.contains(from) && TO_HEADERS.contains(to);
        boolean namesThird = fields.size() == 3
                && AttributeReader.parse(fields.get(2)).isEmpty()
                && Set.of(LIKELIHOOD, WEIGHT).contains(fields.get(2).toLowerCase(Locale.ROOT));
        return namesEnds || namesThird;
    }

    /** The fields of a line, stripped and unquoted, or null if a quote is not closed or text follows it. */
    static List<String> fields(String line) {
        boolean commas = line.indexOf(',') >= 0;
        List<String> fields = new ArrayList<>(3);
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && isBlank(line.charAt(i))) {
                i++;
            }
            StringBuilder field = new StringBuilder();
            if (i < n && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        return null;
                    }
                    char c = line.charAt(i++);
                    if (c == '"' && i < n && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        break;
                    } else {
                        field.append(c);
                    }
                }
                while (i < n && isBlank(line.charAt(i))) {
                    i++;
                }
                if (commas && i < n && line.charAt(i) != ',') {
                    return null;
                }
            } else {
                while (i < n && !(commas ? line.charAt(i) == ',' : isBlank(line.charAt(i)))) {
                    field.append(line.charAt(i++));
                }
            }
            fields.add(field.toString().strip());
            if (commas) {
                if (i >= n) {
                    return fields;
                }
                i++; // the comma
            } else {
                while (i < n && isBlank(line.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    return fields;
                }
            }
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
