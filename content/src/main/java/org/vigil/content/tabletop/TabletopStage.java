package org.vigil.content.tabletop;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigil.core.training.Difficulty;

/**
 * A decision point at a minute of the exercise clock: an inject and its options. {@code malicious}
 * says whether the point is under attack pressure; a legitimate one (planned maintenance) is where
 * escalating is the false positive.
 */
public record TabletopStage(
        String id,
        double minute,
        boolean malicious,
        Set<Difficulty> levels,
        List<String> cues,
        List<TabletopOption> options) {

    public TabletopStage {
        Objects.requireNonNull(id, "id");
        levels = Set.copyOf(levels);
        cues = List.copyOf(cues);
        options = List.copyOf(options);
    }

    /** The options a player sees at a difficulty: the tempting bad ones only on hard. */
    public List<TabletopOption> optionsAt(Difficulty difficulty) {
        return options.stream()
                .filter(o -> !o.tempting() || difficulty == Difficulty.HARD)
                .toList();
    }

    /** The playbook's answer. */
    public TabletopOption recommended() {
        return options.stream()
                .filter(TabletopOption::recommended)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("stage " + id + " recommends no option"));
    }

    public TabletopOption option(String optionId) {
        return options.stream()
                .filter(o -> o.id().equals(optionId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("stage " + id + " has no option " + optionId));
    }
}
