package org.vigil.core.cascade;

import java.util.ArrayList;
import java.util.List;

/**
 * The question "these assets are hit: what else degrades, when, how badly, and why?", answered
 * over a {@link CascadeGraph}. Implementations name the method ({@link TimePhasedCascade}).
 */
public interface CascadeModel {

    /** Propagates from the start set with mitigations applied on top. */
    CascadeResult propagate(CascadeGraph graph, List<StartCondition> start, List<Mitigation> mitigations);

    default CascadeResult propagate(CascadeGraph graph, List<StartCondition> start) {
        return propagate(graph, start, List.of());
    }

    /** The base run's start set again, with its mitigations and {@code more} of them. */
    default CascadeResult whatIf(CascadeResult base, List<Mitigation> more) {
        List<Mitigation> all = new ArrayList<>(base.mitigations());
        all.addAll(more);
        return propagate(base.graph(), base.startConditions(), all);
    }
}
