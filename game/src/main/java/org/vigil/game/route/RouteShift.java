package org.vigil.game.route;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
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

    private final List<DeliveryRound> rounds;
    private final List<Mitigation> mitigations;
    private final Difficulty difficulty;
    private final InstantSource clock;
    private final InsiderSimulation simulation = new InsiderSimulation();
    private final Instant started;
    private final List<RoundReport> reports = new ArrayList<>();
    private final Set<String> chosen = new LinkedHashSet<>();
    private Phase phase = Phase.PLANNING;
    private int position;
    private int focus;
    private int revealed;
    private Instant shownAt;
    private Instant finished;

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
        this.rounds = List.copyOf(rounds);
        this.mitigations = List.copyOf(mitigations);
        this.difficulty = Objects.requireNonNull(difficulty, "difficulty");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.started = clock.instant();
        this.shownAt = started;
    }

    public Phase phase() {
        return phase;
    }

    public Difficulty difficulty() {
        return difficulty;
    }

    public DeliveryRound current() {
        return rounds.get(position);
    }

    public DeliveryRound round(int index) {
        return rounds.get(index);
    }

    public int position() {
        return position;
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
        return focus;
    }

    public void focusNext() {
        focus = (focus + 1) % mitigations.size();
    }

    public void focusPrevious() {
        focus = (focus + mitigations.size() - 1) % mitigations.size();
    }

    /** Focuses and toggles a mitigation, as a digit key or a click does. */
    public Toggle toggle(int index) {
        if (phase != Phase.PLANNING || index < 0 || index >= mitigations.size()) {
            return Toggle.IGNORED;
        }
        focus = index;
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
        return toggle(focus);
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
        int points = (correct ? VERDICT_POINTS : 0)
                + steps.stream().mapToInt(StepOutcome::points).sum();
        RoundReport report = new RoundReport(
                round,
                verdict,
                correct,
                Duration.between(shownAt, clock.instant()),
                chosen,
                steps,
                cues,
                MitigationNote.of(mitigations, chosen, steps, difficulty),
                points);
        reports.add(report);
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
        return phase == Phase.DRIVING || phase == Phase.FEEDBACK
                ? Optional.of(reports.get(reports.size() - 1))
                : Optional.empty();
    }

    /** How many of the plan's steps the drive has shown so far. */
    public int revealed() {
        return revealed;
    }

    /** Shows the next step of the plan during the drive. */
    public Optional<StepOutcome> revealNext() {
        if (phase != Phase.DRIVING
                || revealed >= reports.get(reports.size() - 1).steps().size()) {
            return Optional.empty();
        }
        return Optional.of(reports.get(reports.size() - 1).steps().get(revealed++));
    }

    /** Ends the drive (or skips the rest of it) and shows the feedback. */
    public void finishDrive() {
        if (phase == Phase.DRIVING) {
            revealed = reports.get(reports.size() - 1).steps().size();
            phase = Phase.FEEDBACK;
        }
    }

    /** From the feedback to the next round, or to the end of the shift after the last one. */
    public void next() {
        if (phase != Phase.FEEDBACK) {
            return;
        }
        chosen.clear();
        focus = 0;
        if (position + 1 < rounds.size()) {
            position++;
            shownAt = clock.instant();
            phase = Phase.PLANNING;
        } else {
            finished = clock.instant();
            phase = Phase.FINISHED;
        }
    }

    public List<RoundReport> reports() {
        return List.copyOf(reports);
    }

    public int score() {
        return reports.stream().mapToInt(RoundReport::points).sum();
    }

    /** The most the shift can earn: every verdict right and every insider step stopped. */
    public int maxScore() {
        return rounds.stream()
                .mapToInt(r -> VERDICT_POINTS + STEP_POINTS * r.steps().size())
                .sum();
    }

    /** The play as recorded; only once the shift is finished. */
    public PlayResult result(String participant, String languageTag) {
        if (phase != Phase.FINISHED) {
            throw new IllegalStateException("the shift is not finished");
        }
        return new PlayResult(
                participant,
                TrainingModule.ROUTE_GUARD,
                difficulty,
                languageTag,
                started,
                finished,
                score(),
                maxScore(),
                reports.stream().map(RouteShift::outcome).toList());
    }

    private static ItemOutcome outcome(RoundReport report) {
        return new ItemOutcome(
                report.round().id(),
                report.round().malicious(),
                report.correct(),
                report.time(),
                report.cues().stream()
                        .filter(CueResult::found)
                        .map(c -> c.cue().id())
                        .toList(),
                report.cues().stream()
                        .filter(c -> !c.found())
                        .map(c -> c.cue().id())
                        .toList());
    }
}
