package org.vigil.core.ingest.follow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The files the followed paths name at one poll: each file given, and every regular file below each folder. */
final class FollowedPaths {

    private final List<Path> roots;

    FollowedPaths(List<Path> roots) {
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /**
     * In path order. A file given by name is listed even when it is missing (rotated away and not created again
     * yet), so the caller notices it is gone.
     */
    List<Path> files(Collection<Path> followedNow) {
        Set<Path> files = new TreeSet<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                files.add(root);
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                // A folder can change while it is listed (a file rotated away mid-walk). Keep the files already
                // followed there, which are looked at one by one; the next poll lists the folder again.
                followedNow.stream().filter(p -> p.startsWith(root)).forEach(files::add);
            }
        }
        return List.copyOf(files);
    }
}
