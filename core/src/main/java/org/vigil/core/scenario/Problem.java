package org.vigil.core.scenario;

import java.util.List;
import java.util.Objects;

/**
 * One problem found in a scenario file: where (file, line, JSON path) and what (code and its
 * arguments). Line is 0 where the file could not be read far enough to know.
 */
public record Problem(String source, int line, String path, ProblemCode code, List<String> args) {

    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    public Severity severity() {
        return code.severity();
    }

    public boolean isError() {
        return severity() == Severity.ERROR;
    }

    /** Where the problem is, as editors and compilers print it: {@code file:line: $.path}. */
    public String location() {
        return line > 0 ? source + ":" + line + ": " + path : source + ": " + path;
    }

    /** A language-neutral rendering for logs and diagnostics. */
    @Override
    public String toString() {
        return location() + ": " + severity() + " " + code + " " + args;
    }
}
