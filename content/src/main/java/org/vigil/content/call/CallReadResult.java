package org.vigil.content.call;

import java.util.List;
import java.util.stream.Collectors;
import org.vigil.content.awareness.ContentProblem;

/** What reading the calls gives: the calls that could be read, and every problem found. */
public record CallReadResult<T>(List<T> calls, List<ContentProblem> problems) {

    public CallReadResult {
        calls = List.copyOf(calls);
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The calls, or a failure listing every problem: shipped content must have none. */
    public List<T> orThrow() {
        if (!isValid()) {
            throw new IllegalStateException("the calls have problems:\n"
                    + problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
        }
        return calls;
    }
}
