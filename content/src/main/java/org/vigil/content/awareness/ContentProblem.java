package org.vigil.content.awareness;

import java.util.Objects;

/**
 * One thing wrong in the awareness library: the file (relative to the library root), the line
 * (0 where unknown), the place in the file (a JSON path such as {@code $.redFlags[2].quote.de}, an
 * HTML element such as {@code <form action>}, an email header; empty for the whole file) and the
 * reason, in English for the people who write content.
 */
public record ContentProblem(String file, int line, String path, String message) {

    public ContentProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** As compilers print it: {@code file:line: path: message}. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return path.isEmpty() ? where + ": " + message : where + ": " + path + ": " + message;
    }
}
