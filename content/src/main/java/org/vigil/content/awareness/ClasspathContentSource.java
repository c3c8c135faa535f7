package org.vigil.content.awareness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** Reads library files as resources; cannot list them, which is why each folder has an index. */
final class ClasspathContentSource implements ContentSource {

    private final Class<?> anchor;
    private final String root;

    ClasspathContentSource(Class<?> anchor, String root) {
        this.anchor = anchor;
        this.root = root.endsWith("/") ? root : root + "/";
    }

    @Override
    public Optional<byte[]> read(String path) {
        try (InputStream in = anchor.getResourceAsStream(root + path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root + path, e);
        }
    }

    @Override
    public Optional<List<String>> listAll() {
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "classpath:" + root;
    }
}
