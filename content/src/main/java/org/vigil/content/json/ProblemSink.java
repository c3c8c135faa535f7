package org.vigil.content.json;

/**
 * Where a reader puts the problems it finds: each with its file, line (0 where unknown), place in
 * the file and reason. Readers keep their own collections; this is how the shared JSON reads add to
 * them without knowing which.
 */
@FunctionalInterface
public interface ProblemSink {

    void add(String file, int line, String path, String message);
}
