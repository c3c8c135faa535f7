package org.vigil.core.training;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Suggests what a participant plays next: the module and difficulty whose content covers the most
 * cues due in their spaced repetition, naming them; with nothing due, one level up after a good
 * round (or the same again); a new participant starts with Inbox Triage at EASY.
 */
public final class NextPlay {

    /** The accuracy from which a round counts as mastered, so the next one may be harder. */
    static final double STEP_UP_ACCURACY = 0.8;

    private final ModuleCoverage coverage;

    /** @param coverage the cues the playable modules teach; only those modules are suggested */
    public NextPlay(ModuleCoverage coverage) {
        this.coverage = coverage;
    }

    public Suggestion suggest(List<PlayResult> plays, List<CueBox> boxes, Instant now) {
        Optional<PlayResult> last = plays.stream().max(Comparator.comparing(PlayResult::finished));
        if (last.isEmpty()) {
            return Suggestion.FIRST;
        }
        List<String> due =
                boxes.stream().filter(box -> box.dueAt(now)).map(CueBox::cue).toList();
        Optional<Suggestion> practice = mostDueCovered(due);
        if (practice.isPresent()) {
            return practice.get();
        }
        PlayResult previous = last.get();
        Difficulty harder = harder(previous.difficulty());
        if (previous.accuracy() >= STEP_UP_ACCURACY
                && harder != previous.difficulty()
                && teaches(previous.module(), harder)) {
            return new Suggestion(previous.module(), harder, Suggestion.Reason.STEP_UP, List.of());
        }
        return new Suggestion(previous.module(), previous.difficulty(), Suggestion.Reason.KEEP_GOING, List.of());
    }

    /** Ties go to the easier difficulty, then to the module listed first. */
    private Optional<Suggestion> mostDueCovered(List<String> due) {
        Suggestion best = null;
        for (TrainingModule module : TrainingModule.values()) {
            for (Difficulty difficulty : Difficulty.values()) {
                Set<String> taught = coverage.cues(module, difficulty);
                List<String> practised = due.stream().filter(taught::contains).toList();
                if (!practised.isEmpty()
                        && (best == null || practised.size() > best.cues().size())) {
                    best = new Suggestion(module, difficulty, Suggestion.Reason.PRACTISE_DUE_CUES, practised);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean teaches(TrainingModule module, Difficulty difficulty) {
        return !coverage.cues(module, difficulty).isEmpty();
    }

    private static Difficulty harder(Difficulty difficulty) {
        Difficulty[] all = Difficulty.values();
        return all[Math.min(difficulty.ordinal() + 1, all.length - 1)];
    }
}
