package org.vigil.core.training;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which cues each playable module's content can teach at each difficulty: an Inbox Triage round at
 * EASY shows the red flags of its easy emails. Built by the application from the awareness content;
 * the suggestion of what to play next looks here for the cues that are due.
 */
public final class ModuleCoverage {

    private final Map<TrainingModule, Map<Difficulty, Set<String>>> cues;

    private ModuleCoverage(Map<TrainingModule, Map<Difficulty, Set<String>>> cues) {
        this.cues = cues;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The cues a module teaches at a difficulty, in the order added; empty when it teaches none there. */
    public Set<String> cues(TrainingModule module, Difficulty difficulty) {
        return cues.getOrDefault(module, Map.of()).getOrDefault(difficulty, Set.of());
    }

    /** The modules with any content. */
    public Set<TrainingModule> modules() {
        return cues.keySet();
    }

    /** Collects cues by module and difficulty. */
    public static final class Builder {

        private final Map<TrainingModule, Map<Difficulty, Set<String>>> cues = new EnumMap<>(TrainingModule.class);

        private Builder() {}

        public Builder add(TrainingModule module, Difficulty difficulty, Iterable<String> taught) {
            Set<String> set = cues.computeIfAbsent(module, m -> new EnumMap<>(Difficulty.class))
                    .computeIfAbsent(difficulty, d -> new LinkedHashSet<>());
            taught.forEach(set::add);
            return this;
        }

        public ModuleCoverage build() {
            Map<TrainingModule, Map<Difficulty, Set<String>>> copy = new EnumMap<>(TrainingModule.class);
            cues.forEach((module, byDifficulty) -> {
                Map<Difficulty, Set<String>> inner = new EnumMap<>(Difficulty.class);
                byDifficulty.forEach((difficulty, set) ->
                        inner.put(difficulty, Collections.unmodifiableSet(new LinkedHashSet<>(set))));
                copy.put(module, Collections.unmodifiableMap(inner));
            });
            return new ModuleCoverage(Collections.unmodifiableMap(copy));
        }
    }
}
