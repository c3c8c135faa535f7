package org.vigil.content.awareness;

import java.util.List;

/**
 * What reading a library gives: the items that could be read, and every problem found. Content
 * with problems must not ship; the library still holds the readable items so tools can show them.
 */
public record AwarenessReadResult(AwarenessLibrary library, List<ContentProblem> problems) {

    public AwarenessReadResult {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
