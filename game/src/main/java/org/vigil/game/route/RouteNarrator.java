package org.vigil.game.route;

import java.util.ArrayList;
import java.util.List;
import org.vigil.content.awareness.Language;
import org.vigil.content.awareness.LocalizedText;
import org.vigil.content.route.DeliveryRound;
import org.vigil.content.route.Mitigation;
import org.vigil.content.route.RouteCue;
import org.vigil.game.round.RoundWords;
import org.vigil.i18n.Messages;

/**
 * The words of a shift in the player's language: what the screen shows and what the narration tells
 * screen readers. Chrome and templates come from the {@code routeguard} bundle, everything about the
 * deliveries from the content in the content language.
 */
public final class RouteNarrator {

    private final Messages messages;
    private final RoundWords words;
    private final Language language;

    public RouteNarrator(Messages messages, Language language) {
        this.messages = messages;
        this.words = new RoundWords(messages, "game.route");
        this.language = language;
    }

    public String text(String key, Object... args) {
        return words.text(key, args);
    }

    public String in(LocalizedText text) {
        return text.in(language);
    }

    public String position(RouteShift shift) {
        return words.position(shift.position(), shift.size());
    }

    /** The score so far; a round's points count once its drive is over, so the drive keeps its suspense. */
    public String score(RouteShift shift) {
        int driving = shift.phase() == RouteShift.Phase.DRIVING
                ? shift.report().map(RoundReport::points).orElse(0)
                : 0;
        return words.score(shift.score() - driving, shift.maxScore());
    }

    public String difficulty(RouteShift shift) {
        return messages.text("game.route.difficulty." + shift.difficulty().name());
    }

    public String budget(RouteShift shift) {
        return messages.text("game.route.budget", shift.spent(), shift.budget());
    }

    public String placeName(DeliveryRound round, String placeId) {
        return round.place(placeId).map(p -> in(p.name())).orElse(placeId);
    }

    /** A mitigation as a line of the list: "1. Route rotation - 1 point". */
    public String mitigationLine(RouteShift shift, int index) {
        Mitigation mitigation = shift.mitigations().get(index);
        return messages.text(
                "game.route.mitigation.line",
                index + 1,
                in(mitigation.name()),
                messages.text("game.route.cost", mitigation.cost()));
    }

    /** A new round read out whole: position, title, briefing, the signals, the budget, the mitigations, the keys. */
    public String round(RouteShift shift) {
        DeliveryRound round = shift.current();
        StringBuilder text = new StringBuilder(position(shift))
                .append(". ")
                .append(in(round.title()))
                .append('\n')
                .append(in(round.briefing()))
                .append('\n')
                .append(messages.text("game.route.signals"))
                .append('\n');
        round.cues().forEach(c -> text.append("- ").append(in(c.signal())).append('\n'));
        text.append(budget(shift)).append('\n');
        for (int i = 0; i < shift.mitigations().size(); i++) {
            text.append(mitigationLine(shift, i)).append('\n');
        }
        text.append(help(shift));
        return text.toString();
    }

    public String help(RouteShift shift) {
        return messages.text("game.route.help", shift.mitigations().size());
    }

    /** The focused mitigation: where it is in the list, its cost, whether it is in place and what it does. */
    public String focused(RouteShift shift) {
        int index = shift.focused();
        Mitigation mitigation = shift.mitigations().get(index);
        return messages.text(
                "game.route.narration.mitigation",
                mitigationLine(shift, index),
                messages.text(shift.isChosen(index) ? "game.route.chosen" : "game.route.notChosen"),
                in(mitigation.purpose()));
    }

    /** What a toggle did, with the budget left. */
    public String toggled(RouteShift shift, RouteShift.Toggle toggle) {
        Mitigation mitigation = shift.mitigations().get(shift.focused());
        return switch (toggle) {
            case ADDED ->
                messages.text("game.route.toggle.added", in(mitigation.name()), shift.spent(), shift.budget());
            case REMOVED ->
                messages.text("game.route.toggle.removed", in(mitigation.name()), shift.spent(), shift.budget());
            case OVER_BUDGET ->
                messages.text(
                        "game.route.toggle.overBudget",
                        in(mitigation.name()),
                        mitigation.cost(),
                        shift.budget() - shift.spent());
            case IGNORED -> "";
        };
    }

    /** The start of the drive: where the van leaves from and what is in place. */
    public String driveStart(RouteShift shift, RoundReport report) {
        List<String> names = shift.mitigations().stream()
                .filter(m -> report.chosen().contains(m.id()))
                .map(m -> in(m.name()))
                .toList();
        return messages.text(
                "game.route.drive.start",
                placeName(report.round(), report.round().route().get(0)),
                names.isEmpty() ? messages.text("game.route.drive.none") : String.join(", ", names));
    }

    /** One step of the plan as it played out, with the insider's adaptations. */
    public String step(DeliveryRound round, StepOutcome outcome) {
        String where = placeName(round, outcome.step().at());
        String line = switch (outcome.result()) {
            case ACHIEVED ->
                messages.text(
                        "game.route.drive.step.ACHIEVED",
                        where,
                        in(outcome.step().achieved()));
            case BLOCKED ->
                messages.text(
                        "game.route.drive.step.BLOCKED",
                        where,
                        outcome.step().blocked().map(this::in).orElse(""));
            case DETECTED ->
                messages.text(
                        "game.route.drive.step.DETECTED",
                        where,
                        outcome.step().detected().map(this::in).orElse(""));
            case NOT_REACHED ->
                messages.text(
                        "game.route.drive.step.NOT_REACHED", in(outcome.step().label()));
        };
        StringBuilder text = new StringBuilder(line);
        outcome.evaded().forEach(e -> text.append(' ').append(messages.text("game.route.drive.evaded", in(e.text()))));
        return text.toString();
    }

    /** The end of the drive of a round with no insider. */
    public String quietDrive(DeliveryRound round) {
        return messages.text(
                "game.route.drive.quiet",
                placeName(round, round.route().get(round.route().size() - 1)));
    }

    /** The short word a map marker carries beside its shape. */
    public String status(StepResult result) {
        return messages.text("game.route.status." + result.name());
    }

    public String headline(RoundReport report) {
        String truth = report.round().malicious() ? "Malicious" : "Benign";
        return words.headline(report.correct(), truth);
    }

    /** Every line of the debrief: verdict, points, what happened, each step, each cue, each mitigation. */
    public List<String> feedback(RoundReport report) {
        List<String> lines = new ArrayList<>();
        DeliveryRound round = report.round();
        lines.add(headline(report));
        lines.add(words.points(report));
        lines.add(messages.text("game.route.feedback.debrief", in(round.debrief())));
        if (round.malicious()) {
            lines.add(messages.text(
                    "game.route.feedback.insider",
                    report.achieved(),
                    report.steps().size()));
            report.steps().forEach(s -> lines.add(step(round, s)));
        }
        for (CueResult cue : report.cues()) {
            RouteCue c = cue.cue();
            lines.add(words.cue(cue.found(), in(c.signal()), in(c.explanation())));
        }
        report.notes().forEach(note -> lines.add(note(note)));
        lines.add(messages.text("game.route.feedback.next"));
        return lines;
    }

    private String note(MitigationNote note) {
        String name = in(note.mitigation().name());
        String step = note.step().map(s -> in(s.label())).orElse("");
        return switch (note.effect()) {
            case EVADED ->
                messages.text(
                        "game.route.note.EVADED",
                        name,
                        note.evasion().map(e -> in(e.text())).orElse(""));
            case IDLE ->
                messages.text("game.route.note.IDLE", name, in(note.mitigation().purpose()));
            default -> messages.text("game.route.note." + note.effect().name(), name, step);
        };
    }

    /** The end of the shift: score, verdicts, mistakes of both kinds, and how much of the insiders' plans was stopped. */
    public List<String> end(RouteShift shift) {
        List<RoundReport> reports = shift.reports();
        long steps = reports.stream().mapToLong(r -> r.steps().size()).sum();
        long stopped =
                reports.stream().mapToLong(r -> r.steps().size() - r.achieved()).sum();
        return words.end(
                reports,
                shift.score(),
                shift.maxScore(),
                "verdicts",
                messages.text("game.route.end.stopped", stopped, steps));
    }

    /** Every text the shift may show, so the fonts hold each of its characters. */
    public String glyphs(RouteShift shift) {
        StringBuilder all = new StringBuilder();
        messages.keys().stream()
                .filter(key -> key.startsWith("game.route."))
                .forEach(key -> all.append(messages.text(key, 1, 2, 3)));
        shift.mitigations().forEach(m -> all.append(in(m.name())).append(in(m.purpose())));
        for (int i = 0; i < shift.size(); i++) {
            DeliveryRound round = shift.round(i);
            all.append(in(round.title())).append(in(round.briefing())).append(in(round.debrief()));
            round.places().forEach(p -> all.append(in(p.name())));
            round.cues().forEach(c -> all.append(in(c.signal())).append(in(c.explanation())));
            round.steps().forEach(s -> {
                all.append(in(s.label())).append(in(s.achieved()));
                s.blocked().ifPresent(t -> all.append(in(t)));
                s.detected().ifPresent(t -> all.append(in(t)));
                s.evadedOnHard().forEach(e -> all.append(in(e.text())));
            });
        }
        return all.toString();
    }
}
