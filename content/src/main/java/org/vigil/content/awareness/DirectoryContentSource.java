package org.vigil.content.awareness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads library files from a folder, and can list them to find files that no index lists. */
final class DirectoryContentSource implements ContentSource {

    private final Path root;

    DirectoryContentSource(Path root) {
        this.root = root;
    }

    @Override
    public Optional<byte[]> read(String path) {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root.normalize()) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public Optional<List<String>> listAll() {
        try (Stream<Path> files = Files.walk(root)) {
            return Optional.of(files.filter(Files::isRegularFile)
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
