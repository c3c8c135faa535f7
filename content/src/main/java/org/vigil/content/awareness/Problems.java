package org.vigil.content.awareness;

import java.util.ArrayList;
import java.util.List;
import org.vigil.content.json.ProblemSink;

/** Collects problems while the library is read, so that one pass reports all of them. */
final class Problems implements ProblemSink {

    private final List<ContentProblem> found = new ArrayList<>();

    @Override
    public void add(String file, int line, String path, String message) {
        found.add(new ContentProblem(file, line, path, message));
    }

    List<ContentProblem> all() {
        return List.copyOf(found);
    }

    int count() {
        return found.size();
    }
}
