package org.vigil.game.tabletop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.vigil.content.tabletop.TabletopOption;
import org.vigil.content.tabletop.TabletopStage;
import org.vigil.content.tabletop.TabletopTexts;
import org.vigil.core.model.Scenario;
import org.vigil.core.model.ScenarioTexts;
import org.vigil.core.training.Difficulty;
import org.vigil.game.round.RoundWords;
import org.vigil.i18n.Messages;

/**
 * The words of the exercise in the player's language: the chrome from the {@code tabletop} bundle, the
 * stages, options and cues from the content, the services' names from the scenario. What the screen
 * shows and what the narration tells screen readers come from here.
 */
public final class TabletopNarrator {

    private final Messages messages;
    private final RoundWords words;
    private final TabletopTexts texts;
    private final Function<String, String> assetNames;
    private final Scenario scenario;

    public TabletopNarrator(Messages messages, TabletopTexts texts, Scenario scenario) {
        this.messages = messages;
        this.words = new RoundWords(messages, "game.tabletop");
        this.texts = texts;
        this.scenario = scenario;
        String tag = texts.language().tag();
        this.assetNames = id -> scenario.asset(id)
                .map(a -> scenario.texts().text(tag, ScenarioTexts.assetName(id), a.name()))
                .orElse(id);
    }

    public String text(String key, Object... args) {
        return words.text(key, args);
    }

    public String assetName(String assetId) {
        return assetNames.apply(assetId);
    }

    /** A minute of the exercise clock: {@code T+5:02}. */
    public static String clock(double minute) {
        long total = Math.round(minute);
        return String.format(Locale.ROOT, "T+%d:%02d", total / 60, total % 60);
    }

    public String title(TabletopStage stage) {
        return texts.text(TabletopTexts.stageTitle(stage.id()));
    }

    public String inject(TabletopStage stage) {
        return texts.text(TabletopTexts.stageInject(stage.id()));
    }

    public String hint(TabletopStage stage) {
        return messages.text("game.tabletop.hint", texts.text(TabletopTexts.stageHint(stage.id())));
    }

    public String label(TabletopStage stage, TabletopOption option) {
        return texts.text(TabletopTexts.optionLabel(stage.id(), option.id()));
    }

    public String note(TabletopStage stage, TabletopOption option) {
        return texts.text(TabletopTexts.optionNote(stage.id(), option.id()));
    }

    public String position(TabletopRound round) {
        return words.position(round.position(), round.size());
    }

    public String score(TabletopRound round) {
        return words.score(round.score(), round.maxScore());
    }

    /** The shown option at an index, as a line with its key: "2. Unplug ...". */
    public String option(TabletopRound round, int index) {
        return messages.text(
                "game.tabletop.option",
                index + 1,
                label(round.current(), round.options().get(index)));
    }

    /** A new stage read out whole: where it is, the inject, the hint on easy, every option, the keys. */
    public String stage(TabletopRound round) {
        TabletopStage stage = round.current();
        StringBuilder text = new StringBuilder(position(round))
                .append(". ")
                .append(title(stage))
                .append('\n')
                .append(inject(stage))
                .append('\n');
        if (round.difficulty() == Difficulty.EASY) {
            text.append(hint(stage)).append('\n');
        }
        round.timeLeft()
                .ifPresent(left -> text.append(messages.text("game.tabletop.timeLeft", left.toSeconds()))
                        .append('\n'));
        for (int i = 0; i < round.options().size(); i++) {
            text.append(option(round, i)).append('\n');
        }
        text.append(messages.text("game.tabletop.help"));
        return text.toString();
    }

    /** The focused option, for the arrows. */
    public String focused(TabletopRound round) {
        int index = round.focusedOption();
        return messages.text(
                "game.tabletop.focused",
                index + 1,
                round.options().size(),
                label(round.current(), round.options().get(index)));
    }

    public String headline(DecisionFeedback feedback) {
        if (feedback.timedOut()) {
            return messages.text("game.tabletop.feedback.timedOut");
        }
        String legitimate = feedback.stage().malicious() ? "" : "Legitimate";
        return words.headline(feedback.correct(), legitimate);
    }

    /** Every line of the feedback: verdict, points, the choice and the playbook's, each cue, the computed effects. */
    public List<String> feedback(DecisionFeedback feedback) {
        TabletopStage stage = feedback.stage();
        List<String> lines = new ArrayList<>();
        lines.add(headline(feedback));
        lines.add(words.points(feedback));
        feedback.chosen()
                .ifPresent(option -> lines.add(
                        messages.text("game.tabletop.feedback.chosen", label(stage, option), note(stage, option))));
        if (!feedback.correct()) {
            TabletopOption playbook = stage.recommended();
            lines.add(messages.text("game.tabletop.feedback.playbook", label(stage, playbook), note(stage, playbook)));
        }
        for (CueResult cue : feedback.cues()) {
            lines.add(words.cue(
                    cue.found(),
                    texts.text(TabletopTexts.cueName(cue.cue())),
                    texts.text(TabletopTexts.cueExplanation(cue.cue()))));
        }
        for (BlockedMitigation blocked : feedback.blocked()) {
            lines.add(messages.text(
                    "game.tabletop.blocked",
                    assetName(blocked.planned().assetId()),
                    assetName(blocked.requiredAssetId()),
                    clock(blocked.reachedAtMinute())));
        }
        lines.add(messages.text("game.tabletop.effect.decision", effect(feedback.decisionEffect())));
        lines.add(messages.text("game.tabletop.effect.total", summary(feedback.totalEffect())));
        lines.add(messages.text("game.tabletop.next"));
        return lines;
    }

    /** A computed effect in words: services spared and hit, breaches avoided, postponed and caused, loss. */
    public String effect(ComputedEffect effect) {
        if (effect.isEmpty()) {
            return messages.text("game.tabletop.effect.none");
        }
        List<String> parts = services(effect);
        if (!effect.breachesAvoided().isEmpty()) {
            parts.add(messages.text("game.tabletop.effect.avoided", breaches(effect.breachesAvoided())));
        }
        if (!effect.breachesPostponed().isEmpty()) {
            parts.add(messages.text("game.tabletop.effect.postponed", breaches(effect.breachesPostponed())));
        }
        if (!effect.breachesCaused().isEmpty()) {
            parts.add(messages.text("game.tabletop.effect.caused", breaches(effect.breachesCaused())));
        }
        loss(effect, parts);
        return String.join("; ", parts);
    }

    /** A computed effect in short: the services by name, the breaches counted, the loss. */
    public String summary(ComputedEffect effect) {
        if (effect.isEmpty()) {
            return messages.text("game.tabletop.effect.none");
        }
        List<String> parts = services(effect);
        if (!effect.breachesAvoided().isEmpty()) {
            parts.add(messages.text(
                    "game.tabletop.effect.avoidedCount",
                    effect.breachesAvoided().size()));
        }
        if (!effect.breachesPostponed().isEmpty()) {
            parts.add(messages.text(
                    "game.tabletop.effect.postponedCount",
                    effect.breachesPostponed().size()));
        }
        if (!effect.breachesCaused().isEmpty()) {
            parts.add(messages.text(
                    "game.tabletop.effect.causedCount", effect.breachesCaused().size()));
        }
        loss(effect, parts);
        return String.join("; ", parts);
    }

    /** The services spared and hit, by name: the opening of both the long and the short effect. */
    private List<String> services(ComputedEffect effect) {
        List<String> parts = new ArrayList<>();
        if (!effect.servicesSpared().isEmpty()) {
            parts.add(messages.text(
                    "game.tabletop.effect.spared", effect.servicesSpared().size(), names(effect.servicesSpared())));
        }
        if (!effect.servicesHit().isEmpty()) {
            parts.add(messages.text(
                    "game.tabletop.effect.hit", effect.servicesHit().size(), names(effect.servicesHit())));
        }
        return parts;
    }

    private void loss(ComputedEffect effect, List<String> parts) {
        if (effect.lossAvoided() >= 0.5) {
            parts.add(messages.text("game.tabletop.effect.lossLess", Math.round(effect.lossAvoided())));
        } else if (effect.lossAvoided() <= -0.5) {
            parts.add(messages.text("game.tabletop.effect.lossMore", Math.round(-effect.lossAvoided())));
        }
    }

    private String names(List<String> assetIds) {
        return String.join(", ", assetIds.stream().map(this::assetName).toList());
    }

    private String breaches(List<Breach> breaches) {
        return String.join(
                ", ",
                breaches.stream()
                        .map(b -> messages.text(
                                b.target() == Breach.Target.RTO
                                        ? "game.tabletop.breach.rto"
                                        : "game.tabletop.breach.mtpd",
                                assetName(b.assetId()),
                                clock(b.minute())))
                        .toList());
    }

    /** The end of the exercise: score, playbook answers, mistakes, and the computed effect of it all. */
    public List<String> end(TabletopRound round) {
        return words.end(
                round.decided(),
                round.score(),
                round.maxScore(),
                "decisions",
                messages.text("game.tabletop.end.effect", summary(round.totalEffect())));
    }

    /** Every text the exercise may show, so the fonts hold each of its characters. */
    public String glyphs() {
        StringBuilder all = words.keyTexts("game.tabletop.");
        texts.texts().values().forEach(all::append);
        scenario.assets().forEach(a -> all.append(assetName(a.id())));
        all.append("0123456789:+-.,;()");
        return all.toString();
    }
}
