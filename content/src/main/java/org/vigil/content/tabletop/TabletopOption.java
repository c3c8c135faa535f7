package org.vigil.content.tabletop;

import java.util.List;
import java.util.Objects;

/**
 * One option of a stage: whether the playbook recommends it, whether it is a tempting bad option
 * shown only on hard, the stage's cues it honours, and what it does in the cascade: mitigations, and
 * outages the players cause themselves (cutting a link, letting a fraudster in). An option with
 * neither changes nothing the engine can see (waiting, talking, notifying).
 */
public record TabletopOption(
        String id,
        boolean recommended,
        boolean tempting,
        List<String> cues,
        List<PlannedMitigation> mitigations,
        List<AttackStep> outages) {

    public TabletopOption {
        Objects.requireNonNull(id, "id");
        cues = List.copyOf(cues);
        mitigations = List.copyOf(mitigations);
        outages = List.copyOf(outages);
    }
}
