package org.vigil.game.tabletop;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.vigil.content.tabletop.TabletopOption;
import org.vigil.content.tabletop.TabletopStage;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.ItemOutcome;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.TrainingModule;

/**
 * The rules of one tabletop exercise, free of any toolkit: stages come in clock order; the player
 * picks one of the shown options (in an order drawn once, so the playbook's answer is not always
 * first), reads the feedback with its computed consequences and goes on. On hard each decision has a
 * time limit; when it runs out nobody decided and the attack goes on. Scoring is non-punitive:
 * {@value #DECISION_POINTS} points for the playbook's answer and {@value #CUE_POINTS} for each cue the
 * chosen option honours. Not thread-safe: the game drives it from its one loop thread.
 */
public final class TabletopRound {

    public static final int DECISION_POINTS = 10;
    public static final int CUE_POINTS = 5;

    /** Where the exercise is: deciding a stage, reading the feedback on it, or done. */
    public enum Phase {
        DECIDING,
        FEEDBACK,
        FINISHED
    }

    private final List<TabletopStage> stages;
    private final List<List<TabletopOption>> shown;
    private final Difficulty difficulty;
    private final CascadeConsequences consequences;
    private final Optional<Duration> timeLimit;
    private final InstantSource clock;
    private final Instant started;
    private final List<DecisionFeedback> feedback = new ArrayList<>();
    private Situation situation;
    private int position;
    private int focus;
    private Instant shownAt;
    private Instant finished;
    private Phase phase = Phase.DECIDING;

    public TabletopRound(
            List<TabletopStage> stages,
            Difficulty difficulty,
            CascadeConsequences consequences,
            Random order,
            Optional<Duration> timeLimit,
            InstantSource clock) {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("an exercise needs at least one stage");
        }
        this.stages = List.copyOf(stages);
        this.difficulty = Objects.requireNonNull(difficulty, "difficulty");
        this.consequences = consequences;
        this.timeLimit = timeLimit;
        this.clock = clock;
        this.shown = stages.stream()
                .map(stage -> {
                    List<TabletopOption> options = new ArrayList<>(stage.optionsAt(difficulty));
                    Collections.shuffle(options, order);
                    return List.copyOf(options);
                })
                .toList();
        this.situation = consequences.base();
        this.started = clock.instant();
        this.shownAt = started;
    }

    public Phase phase() {
        return phase;
    }

    public Difficulty difficulty() {
        return difficulty;
    }

    public TabletopStage current() {
        return stages.get(position);
    }

    public TabletopStage stage(int index) {
        return stages.get(index);
    }

    public int position() {
        return position;
    }

    public int size() {
        return stages.size();
    }

    /** The current stage's options in the order shown; key 1 is the first. */
    public List<TabletopOption> options() {
        return shown.get(position);
    }

    /** A stage's options in the order they are (or will be) shown. */
    public List<TabletopOption> shownOptions(int stage) {
        return shown.get(stage);
    }

    public int focusedOption() {
        return focus;
    }

    public void focusNext() {
        focus = (focus + 1) % options().size();
    }

    public void focusPrevious() {
        focus = (focus + options().size() - 1) % options().size();
    }

    /** The attack with nobody acting, for the chart's dashed lines. */
    public Situation base() {
        return consequences.base();
    }

    /** The run with every decision so far, for the chart's solid lines. */
    public Situation situation() {
        return situation;
    }

    /** The time left on the current decision; empty without a time limit, zero once decided. */
    public Optional<Duration> timeLeft() {
        return timeLimit.map(limit -> {
            if (phase != Phase.DECIDING) {
                return Duration.ZERO;
            }
            Duration left = limit.minus(Duration.between(shownAt, clock.instant()));
            return left.isNegative() ? Duration.ZERO : left;
        });
    }

    /** Chooses the shown option at an index (0 for key 1); ignored unless deciding or out of range. */
    public Optional<DecisionFeedback> choose(int index) {
        if (phase != Phase.DECIDING || index < 0 || index >= options().size()) {
            return Optional.empty();
        }
        if (timeLeft().map(Duration::isZero).orElse(false)) {
            return decide(Optional.empty()); // the choice came after the time was up
        }
        return decide(Optional.of(options().get(index)));
    }

    public Optional<DecisionFeedback> chooseFocused() {
        return choose(focus);
    }

    /** Ends the current decision if its time is up: nobody decided. */
    public Optional<DecisionFeedback> expireIfDue() {
        if (phase == Phase.DECIDING && timeLeft().map(Duration::isZero).orElse(false)) {
            return decide(Optional.empty());
        }
        return Optional.empty();
    }

    /** From the feedback to the next stage, or to the end after the last one. */
    public void next() {
        if (phase != Phase.FEEDBACK) {
            return;
        }
        focus = 0;
        if (position + 1 < stages.size()) {
            position++;
            shownAt = clock.instant();
            phase = Phase.DECIDING;
        } else {
            finished = clock.instant();
            phase = Phase.FINISHED;
        }
    }

    /** The feedback on the last decision, while it is shown. */
    public Optional<DecisionFeedback> feedback() {
        return phase == Phase.FEEDBACK ? Optional.of(feedback.get(feedback.size() - 1)) : Optional.empty();
    }

    public List<DecisionFeedback> decided() {
        return List.copyOf(feedback);
    }

    public int score() {
        return feedback.stream().mapToInt(DecisionFeedback::points).sum();
    }

    /** The most the exercise can earn: every playbook answer, every cue honoured. */
    public int maxScore() {
        return stages.stream()
                .mapToInt(s -> DECISION_POINTS + CUE_POINTS * s.cues().size())
                .sum();
    }

    /** All decisions against doing nothing. */
    public ComputedEffect totalEffect() {
        return ComputedEffect.between(base().result(), situation.result());
    }

    public List<ItemOutcome> outcomes() {
        return feedback.stream()
                .map(f -> new ItemOutcome(
                        f.stage().id(),
                        f.stage().malicious(),
                        f.correct(),
                        f.time(),
                        f.cues().stream()
                                .filter(CueResult::found)
                                .map(CueResult::cue)
                                .toList(),
                        f.cues().stream()
                                .filter(c -> !c.found())
                                .map(CueResult::cue)
                                .toList()))
                .toList();
    }

    /** The play as recorded; only once the exercise is finished. */
    public PlayResult result(String participant, String languageTag) {
        if (phase != Phase.FINISHED) {
            throw new IllegalStateException("the exercise is not finished");
        }
        return new PlayResult(
                participant,
                TrainingModule.RANSOMWARE_TABLETOP,
                difficulty,
                languageTag,
                started,
                finished,
                score(),
                maxScore(),
                outcomes());
    }

    private Optional<DecisionFeedback> decide(Optional<TabletopOption> option) {
        TabletopStage stage = current();
        Duration spent = Duration.between(shownAt, clock.instant());
        if (option.isEmpty() && timeLimit.isPresent()) {
            spent = timeLimit.get();
        }
        CascadeConsequences.Step step = consequences.decide(situation, option);
        ComputedEffect decisionEffect =
                ComputedEffect.between(situation.result(), step.after().result());
        situation = step.after();
        boolean correct = option.map(TabletopOption::recommended).orElse(false);
        List<String> honoured = option.map(TabletopOption::cues).orElse(List.of());
        List<CueResult> cues = stage.cues().stream()
                .map(cue -> new CueResult(cue, honoured.contains(cue)))
                .toList();
        int found = (int) cues.stream().filter(CueResult::found).count();
        int points = (correct ? DECISION_POINTS : 0) + CUE_POINTS * found;
        DecisionFeedback result = new DecisionFeedback(
                stage, option, correct, spent, cues, points, decisionEffect, totalEffect(), step.blocked());
        feedback.add(result);
        phase = Phase.FEEDBACK;
        return Optional.of(result);
    }
}
