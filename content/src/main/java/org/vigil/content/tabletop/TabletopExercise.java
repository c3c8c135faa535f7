package org.vigil.content.tabletop;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigil.core.training.Difficulty;

/**
 * A tabletop exercise on a pilot scenario: the attacker's plan (what is hit when if nobody acts),
 * the business services its impact chart follows, the minutes the chart samples, and the stages.
 */
public record TabletopExercise(
        String id,
        String scenarioFile,
        List<AttackStep> attack,
        List<String> services,
        List<Double> chartMinutes,
        List<TabletopStage> stages) {

    public TabletopExercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scenarioFile, "scenarioFile");
        attack = List.copyOf(attack);
        services = List.copyOf(services);
        chartMinutes = List.copyOf(chartMinutes);
        stages = List.copyOf(stages);
    }

    /** The stages played at a difficulty, in clock order. */
    public List<TabletopStage> stagesAt(Difficulty difficulty) {
        return stages.stream().filter(s -> s.levels().contains(difficulty)).toList();
    }

    public TabletopStage stage(String stageId) {
        return stages.stream()
                .filter(s -> s.id().equals(stageId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no stage " + stageId + " in " + id));
    }

    /** The cue ids the stages of a difficulty teach, in first-taught order. */
    public Set<String> cuesTaught(Difficulty difficulty) {
        Set<String> cues = new LinkedHashSet<>();
        stagesAt(difficulty).forEach(s -> cues.addAll(s.cues()));
        return cues;
    }
}
