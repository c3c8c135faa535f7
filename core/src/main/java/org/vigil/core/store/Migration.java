package org.vigil.core.store;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** One step of the workspace schema: the SQL that takes a file from {@code version - 1} to {@code version}. */
public record Migration(int version, String name, String sql) {

    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
    }

    /** The statements of the script; our scripts put no semicolon inside a literal. */
    List<String> statements() {
        String withoutComments =
                sql.lines().map(line -> line.startsWith("--") ? "" : line).reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(withoutComments.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
