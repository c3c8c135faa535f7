package org.vigil.game.tabletop;

import java.util.List;
import java.util.Objects;
import org.vigil.core.cascade.CascadeResult;
import org.vigil.core.cascade.Mitigation;
import org.vigil.core.cascade.StartCondition;

/** Where the exercise stands: the start set (attack and self-inflicted outages), the mitigations, and the run. */
public record Situation(List<StartCondition> start, List<Mitigation> mitigations, CascadeResult result) {

    public Situation {
        start = List.copyOf(start);
        mitigations = List.copyOf(mitigations);
        Objects.requireNonNull(result, "result");
    }
}
