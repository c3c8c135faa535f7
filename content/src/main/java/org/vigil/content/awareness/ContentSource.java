package org.vigil.content.awareness;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the library's files are read from: the classpath (shipped content, inside a jar) or a
 * folder (a content writer's working copy, tests). Paths are relative to the library root and use
 * {@code /}.
 */
public interface ContentSource {

    /** The file's bytes, or empty if there is no such file. */
    Optional<byte[]> read(String path);

    /**
     * Every file below the root, if this source can list them (a folder can, a jar on the
     * classpath cannot). Lets the reader report files that no index lists.
     */
    Optional<List<String>> listAll();

    /** The content shipped with Vigil. */
    static ContentSource shipped() {
        return classpath(ContentSource.class, "/org/vigil/content/awareness/");
    }

    /** Files below {@code root} on the classpath of {@code anchor}'s class loader. */
    static ContentSource classpath(Class<?> anchor, String root) {
        return new ClasspathContentSource(anchor, root);
    }

    static ContentSource directory(Path root) {
        return new DirectoryContentSource(root);
    }
}
