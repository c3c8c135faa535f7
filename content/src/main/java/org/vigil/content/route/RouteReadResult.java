package org.vigil.content.route;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.vigil.content.awareness.ContentProblem;

/** What reading Route Guard's content gave: the library when it has no problem, and every problem found. */
public record RouteReadResult(Optional<RouteLibrary> library, List<ContentProblem> problems) {

    public RouteReadResult {
        problems = List.copyOf(problems);
    }

    /** The library, or an exception listing every problem, one per line. */
    public RouteLibrary orThrow() {
        return library.orElseThrow(() -> new IllegalStateException("Route Guard content has problems:\n"
                + problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n"))));
    }
}
