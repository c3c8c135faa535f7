package org.vigil.core.topology;

import java.util.List;
import java.util.Objects;

/**
 * One problem found in a topology file: where (file, line where known, and the column or the node
 * or edge attribute, e.g. {@code node[17].kind}) and what (code and its arguments). Line is 0
 * where the format does not tell it.
 */
public record TopologyProblem(String source, int line, String where, TopologyProblemCode code, List<String> args) {

    public TopologyProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    /** Where the problem is, as editors and compilers print it: {@code file:line: where}. */
    public String location() {
        String file = line > 0 ? source + ":" + line : source;
        return where.isEmpty() ? file : file + ": " + where;
    }

    /** A language-neutral rendering for logs and diagnostics. */
    @Override
    public String toString() {
        return location() + ": " + code + " " + args;
    }
}
