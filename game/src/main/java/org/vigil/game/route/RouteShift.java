package org.vigil.game.route;

import java.time.InstantSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.vigil.content.route.DeliveryRound;
import org.vigil.content.route.Mitigation;
import org.vigil.content.route.RouteCue;
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
 * The rules of one Route Guard shift, free of any toolkit. Each round goes PLANNING (read the briefing,
 * toggle mitigations within the budget, then escalate or carry on), DRIVING (the van drives and the
 * insider's steps are revealed one by one; skippable), FEEDBACK (every cue and mitigation explained), and
 * the shift ends FINISHED. Scoring never takes points away: {@value #VERDICT_POINTS} for a right verdict,
 * {@value #STEP_POINTS} for each insider step never completed, half for one caught as it happened. Not
 * thread-safe: the game drives it from its loop thread.
 */
public final class RouteShift {

    public static final int VERDICT_POINTS = 10;
    public static final int STEP_POINTS = 10;

    /** Where the shift is. */
    public enum Phase {
        PLANNING,
        DRIVING,
        FEEDBACK,
        FINISHED
    }

    /** What toggling a mitigation did. */
    public enum Toggle {
        ADDED,
        REMOVED,
        OVER_BUDGET,
        IGNORED
    }

    private static final Scoring SCORING = new Scoring(VERDICT_POINTS, STEP_POINTS);

    private final RoundItems<DeliveryRound> rounds;
    private final List<Mitigation> mitigations;
    private final Difficulty difficulty;
    private final RoundClock clock;
    private final InsiderSimulation simulation = new InsiderSimulation();
    private final RoundLedger<RoundReport> reports = new RoundLedger<>(TrainingModule.ROUTE_GUARD, RouteShift::outcome);
    private final Set<String> chosen = new LinkedHashSet<>();
    private final Focus focus = new Focus();
    private Phase phase = Phase.PLANNING;
    private int revealed;

    public RouteShift(
            List<DeliveryRound> rounds, List<Mitigation> mitigations, Difficulty difficulty, InstantSource clock) {
        if (rounds.isEmpty() || mitigations.isEmpty()) {
            throw new IllegalArgumentException("a shift needs rounds and mitigations");
        }
        for (DeliveryRound round : rounds) {
            if (!round.budgets().containsKey(difficulty)) {
                throw new IllegalArgumentException(round.id() + " is not played at " + difficulty);
            }
        }
        this.rounds = new RoundItems<>(rounds, "a shift needs rounds");
        this.mitigations = List.copyOf(mitigations);
        this.difficulty = Objects.requireNonNull(difficulty, "difficulty");
        this.clock = new RoundClock(clock);
    }

    public Phase phase() {
        return phase;
    }

    public Difficulty difficulty() {
        return difficulty;
    }

    public DeliveryRound current() {
        return rounds.current();
    }

    public DeliveryRound round(int index) {
        return rounds.get(index);
    }

    public int position() {
        return rounds.position();
    }

    public int size() {
        return rounds.size();
    }

    public List<Mitigation> mitigations() {
        return mitigations;
    }

    public int budget() {
        return current().budgets().get(difficulty);
    }

    public int spent() {
        return mitigations.stream()
                .filter(m -> chosen.contains(m.id()))
                .mapToInt(Mitigation::cost)
                .sum();
    }

    public boolean isChosen(int index) {
        return chosen.contains(mitigations.get(index).id());
    }

    public int focused() {
        return focus.index();
    }

    public void focusNext() {
        focus.next(mitigations.size());
    }

    public void focusPrevious() {
        focus.previous(mitigations.size());
    }

    /** Focuses and toggles a mitigation, as a digit key or a click does. */
    public Toggle toggle(int index) {
        if (phase != Phase.PLANNING || index < 0 || index >= mitigations.size()) {
            return Toggle.IGNORED;
        }
        focus.set(index);
        Mitigation mitigation = mitigations.get(index);
        if (chosen.remove(mitigation.id())) {
            return Toggle.REMOVED;
        }
        if (spent() + mitigation.cost() > budget()) {
            return Toggle.OVER_BUDGET;
        }
        chosen.add(mitigation.id());
        return Toggle.ADDED;
    }

    public Toggle toggleFocused() {
        return toggle(focus.index());
    }

    /** Gives the verdict with the mitigations chosen and starts the drive; ignored unless planning. */
    public Optional<RoundReport> judge(Verdict verdict) {
        if (phase != Phase.PLANNING) {
            return Optional.empty();
        }
        DeliveryRound round = current();
        List<StepOutcome> steps = simulation.run(round, chosen, difficulty);
        boolean correct = verdict.suspectsInsider() == round.malicious();
        List<CueResult> cues = round.cues().stream()
                .map(cue -> new CueResult(cue, found(cue, correct)))
                .toList();
        int points = SCORING.verdict(correct)
                + steps.stream().mapToInt(StepOutcome::points).sum();
        RoundReport report = new RoundReport(
                round,
                verdict,
                correct,
                clock.sinceShown(),
                chosen,
                steps,
                cues,
                MitigationNote.of(mitigations, chosen, steps, difficulty),
                points);
        reports.record(report);
        revealed = 0;
        phase = Phase.DRIVING;
        return Optional.of(report);
    }

    /** A malicious round's cue is found when a chosen mitigation covers one of its steps; a benign one's by carrying on. */
    private boolean found(RouteCue cue, boolean correct) {
        if (!current().malicious()) {
            return correct;
        }
        return current().steps().stream()
                .filter(step -> cue.steps().contains(step.id()))
                .anyMatch(step -> InsiderSimulation.covers(step, chosen, difficulty));
    }

    /** The report of the round being driven or debriefed. */
    public Optional<RoundReport> report() {
        return phase == Phase.DRIVING || phase == Phase.FEEDBACK ? Optional.of(reports.last()) : Optional.empty();
    }

    /** How many of the plan's steps the drive has shown so far. */
    public int revealed() {
        return revealed;
    }

    /** Shows the next step of the plan during the drive. */
    public Optional<StepOutcome> revealNext() {
        if (phase != Phase.DRIVING || revealed >= reports.last().steps().size()) {
            return Optional.empty();
        }
        return Optional.of(reports.last().steps().get(revealed++));
    }

    /** Ends the drive (or skips the rest of it) and shows the feedback. */
    public void finishDrive() {
        if (phase == Phase.DRIVING) {
            revealed = reports.last().steps().size();
            phase = Phase.FEEDBACK;
        }
    }

    /** From the feedback to the next round, or to the end of the shift after the last one. */
    public void next() {
        if (phase != Phase.FEEDBACK) {
            return;
        }
        chosen.clear();
        focus.reset();
        phase = rounds.advance(clock) ? Phase.PLANNING : Phase.FINISHED;
    }

    public List<RoundReport> reports() {
        return reports.all();
    }

    public int score() {
        return reports.score();
    }

    /** The most the shift can earn: every verdict right and every insider step stopped. */
    public int maxScore() {
        return rounds.sum(r -> SCORING.most(r.steps().size()));
    }

    /** The play as recorded; only once the shift is finished. */
    public PlayResult result(String participant, String languageTag) {
        if (phase != Phase.FINISHED) {
            throw new IllegalStateException("the shift is not finished");
        }
        return reports.result(participant, difficulty, languageTag, clock, maxScore());
    }

    private static ItemOutcome outcome(RoundReport report) {
        return RoundLedger.outcome(
                report.round().id(),
                report.round().malicious(),
                report,
                report.cues(),
                CueResult::found,
                c -> c.cue().id());
    }
}
