package org.vigil.game.tabletop;

import java.util.List;
import java.util.Map;
import org.vigil.game.gdx.CanvasGame;
import org.vigil.game.gdx.ChoiceControls;

/**
 * Ransomware Tabletop as a LibGDX game: a thin layer over {@link TabletopRound} that turns input into
 * the round's actions, narrates every change and draws the exercise when there is GL to draw with
 * (without GL only the rules and the engine run).
 */
public final class RansomwareTabletopGame extends CanvasGame<TabletopPainter> implements ChoiceControls.Actions {

    private final TabletopRound round;
    private final TabletopNarrator narrator;
    private final List<String> services;
    private final String participant;
    private final String languageTag;

    public RansomwareTabletopGame(
            TabletopRound round,
            TabletopNarrator narrator,
            List<String> services,
            String participant,
            String languageTag,
            float textScale) {
        super(textScale);
        this.round = round;
        this.narrator = narrator;
        this.services = List.copyOf(services);
        this.participant = participant;
        this.languageTag = languageTag;
        readKeys(new ChoiceControls(this, Map.of()));
    }

    @Override
    protected TabletopPainter paint(float textScale) {
        return new TabletopPainter(narrator, services, textScale);
    }

    @Override
    protected String opening() {
        return narrator.text("game.tabletop.intro") + "\n" + narrator.stage(round);
    }

    @Override
    protected void frame() {
        round.expireIfDue().ifPresent(f -> tell(narrator.feedback(f)));
    }

    @Override
    protected void draw(TabletopPainter painter) {
        painter.draw(round);
    }

    /** The round, for tests. */
    public TabletopRound round() {
        return round;
    }

    @Override
    public void choose(int index) {
        round.choose(index).ifPresent(f -> tell(narrator.feedback(f)));
    }

    @Override
    public void chooseFocused() {
        choose(round.focusedOption());
    }

    @Override
    public void move(int steps) {
        if (round.phase() != TabletopRound.Phase.DECIDING) {
            scrollText(steps); // the arrows scroll a long feedback
            return;
        }
        if (steps > 0) {
            round.focusNext();
        } else {
            round.focusPrevious();
        }
        tell(narrator.focused(round));
    }

    @Override
    public void next() {
        round.next();
        if (round.phase() == TabletopRound.Phase.DECIDING) {
            tell(narrator.stage(round));
        } else if (round.phase() == TabletopRound.Phase.FINISHED) {
            finish(narrator.end(round), () -> round.result(participant, languageTag));
        }
    }
}
