package org.vigil.core.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The migrations that make up the current workspace schema, read from {@code migrations/} on the classpath. */
public final class WorkspaceSchema {

    private static final String FOLDER = "migrations/";

    private WorkspaceSchema() {}

    public static List<Migration> migrations() {
        List<Migration> migrations = new ArrayList<>();
        for (String file : resourceLines(FOLDER + "index.txt")) {
            int version = Integer.parseInt(file.substring(1, file.indexOf("__")));
            String name = file.substring(file.indexOf("__") + 2, file.lastIndexOf('.'));
            migrations.add(new Migration(version, name, String.join("\n", resourceLines(FOLDER + file))));
        }
        return List.copyOf(migrations);
    }

    private static List<String> resourceLines(String name) {
        try (InputStream in = Objects.requireNonNull(
                        WorkspaceSchema.class.getResourceAsStream(name), "missing resource " + name);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
