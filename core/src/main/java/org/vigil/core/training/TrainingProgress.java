package org.vigil.core.training;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A participant's progress: each module's plays over time with its trend, the missed cues in spaced
 * repetition, and what to play next.
 */
public record TrainingProgress(
        String participant, List<ModuleProgress> modules, List<CueBox> cues, Suggestion suggestion) {

    public TrainingProgress {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(suggestion, "suggestion");
        modules = List.copyOf(modules);
        cues = List.copyOf(cues);
    }

    /**
     * Works out a participant's progress from their plays (any order).
     *
     * @param next what suggests the next play
     * @param now when the suggestion is for: cues due by then are practised
     */
    public static TrainingProgress of(String participant, List<PlayResult> plays, NextPlay next, Instant now) {
        List<PlayResult> ordered = plays.stream()
                .sorted(Comparator.comparing(PlayResult::finished))
                .toList();
        Map<TrainingModule, List<ProgressPoint>> byModule = new EnumMap<>(TrainingModule.class);
        for (PlayResult play : ordered) {
            byModule.computeIfAbsent(play.module(), m -> new ArrayList<>()).add(ProgressPoint.of(play));
        }
        List<ModuleProgress> modules = byModule.entrySet().stream()
                .map(e -> ModuleProgress.of(e.getKey(), e.getValue()))
                .toList();
        List<CueBox> cues = CueSchedule.of(ordered);
        return new TrainingProgress(participant, modules, cues, next.suggest(ordered, cues, now));
    }

    /** The cues due for practice at a moment, soonest first. */
    public List<CueBox> dueAt(Instant now) {
        return cues.stream().filter(box -> box.dueAt(now)).toList();
    }
}
