package org.vigil.content.tabletop;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.content.awareness.ContentProblem;

/** What reading an exercise gave: its content if it has no problem, and every problem found. */
public record TabletopReadResult(Optional<TabletopContent> content, List<ContentProblem> problems) {

    public TabletopReadResult {
        Objects.requireNonNull(content, "content");
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty() && content.isPresent();
    }
}
