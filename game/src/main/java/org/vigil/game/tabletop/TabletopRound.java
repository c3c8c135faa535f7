package org.vigil.game.tabletop;

import java.time.Duration;
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
import org.vigil.game.round.Focus;
import org.vigil.game.round.RoundClock;
import org.vigil.game.round.RoundItems;
import org.vigil.game.round.RoundLedger;
import org.vigil.game.round.Scoring;

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

    private static final Scoring SCORING = new Scoring(DECISION_POINTS, CUE_POINTS);

    private final RoundItems<TabletopStage> stages;
    private final List<List<TabletopOption>> shown;
    private final Difficulty difficulty;
    private final CascadeConsequences consequences;
    private final Optional<Duration> timeLimit;
    private final RoundClock clock;
    private final RoundLedger<DecisionFeedback> feedback =
            new RoundLedger<>(TrainingModule.RANSOMWARE_TABLETOP, TabletopRound::outcome);
    private final Focus focus = new Focus();
    private Situation situation;
    private Phase phase = Phase.DECIDING;

    public TabletopRound(
            List<TabletopStage> stages,
            Difficulty difficulty,
            CascadeConsequences consequences,
            Random order,
            Optional<Duration> timeLimit,
            InstantSource clock) {
        this.stages = new RoundItems<>(stages, "an exercise needs at least one stage");
        this.difficulty = Objects.requireNonNull(difficulty, "difficulty");
        this.consequences = consequences;
        this.timeLimit = timeLimit;
        this.shown = stages.stream()
                .map(stage -> {
                    List<TabletopOption> options = new ArrayList<>(stage.optionsAt(difficulty));
                    Collections.shuffle(options, order);
                    return List.copyOf(options);
                })
                .toList();
        this.situation = consequences.base();
        this.clock = new RoundClock(clock);
    }

    public Phase phase() {
        return phase;
    }

    public Difficulty difficulty() {
        return difficulty;
    }

    public TabletopStage current() {
        return stages.current();
    }

    public TabletopStage stage(int index) {
        return stages.get(index);
    }

    public int position() {
        return stages.position();
    }

    public int size() {
        return stages.size();
    }

    /** The current stage's options in the order shown; key 1 is the first. */
    public List<TabletopOption> options() {
        return shown.get(stages.position());
    }

    /** A stage's options in the order they are (or will be) shown. */
    public List<TabletopOption> shownOptions(int stage) {
        return shown.get(stage);
    }

    public int focusedOption() {
        return focus.index();
    }

    public void focusNext() {
        focus.next(options().size());
    }

    public void focusPrevious() {
        focus.previous(options().size());
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
        return timeLimit.map(limit -> phase == Phase.DECIDING ? clock.left(limit) : Duration.ZERO);
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
        return choose(focus.index());
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
        focus.reset();
        phase = stages.advance(clock) ? Phase.DECIDING : Phase.FINISHED;
    }

    /** The feedback on the last decision, while it is shown. */
    public Optional<DecisionFeedback> feedback() {
        return phase == Phase.FEEDBACK ? Optional.of(feedback.last()) : Optional.empty();
    }

    public List<DecisionFeedback> decided() {
        return feedback.all();
    }

    public int score() {
        return feedback.score();
    }

    /** The most the exercise can earn: every playbook answer, every cue honoured. */
    public int maxScore() {
        return stages.sum(s -> SCORING.most(s.cues().size()));
    }

    /** All decisions against doing nothing. */
    public ComputedEffect totalEffect() {
        return ComputedEffect.between(base().result(), situation.result());
    }

    public List<ItemOutcome> outcomes() {
        return feedback.outcomes();
    }

    /** The play as recorded; only once the exercise is finished. */
    public PlayResult result(String participant, String languageTag) {
        if (phase != Phase.FINISHED) {
            throw new IllegalStateException("the exercise is not finished");
        }
        return feedback.result(participant, difficulty, languageTag, clock, maxScore());
    }

    private Optional<DecisionFeedback> decide(Optional<TabletopOption> option) {
        TabletopStage stage = current();
        Duration spent = clock.sinceShown();
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
        int points =
                SCORING.points(correct, cues.stream().filter(CueResult::found).count());
        DecisionFeedback result = new DecisionFeedback(
                stage, option, correct, spent, cues, points, decisionEffect, totalEffect(), step.blocked());
        feedback.record(result);
        phase = Phase.FEEDBACK;
        return Optional.of(result);
    }

    private static ItemOutcome outcome(DecisionFeedback feedback) {
        return RoundLedger.outcome(
                feedback.stage().id(),
                feedback.stage().malicious(),
                feedback,
                feedback.cues(),
                CueResult::found,
                CueResult::cue);
    }
}
