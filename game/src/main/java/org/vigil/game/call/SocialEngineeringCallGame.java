package org.vigil.game.call;

import com.badlogic.gdx.Input.Keys;
import java.util.Map;
import java.util.Optional;
import org.vigil.core.training.Difficulty;
import org.vigil.game.gdx.CanvasGame;
import org.vigil.game.gdx.ChoiceControls;

/**
 * Social Engineering Call as a LibGDX game: a thin layer over {@link CallRound} that turns input into
 * the round's actions, checks the reply limit every frame, narrates every change and draws the round
 * when there is GL to draw with (the headless backend has none, and then only the rules run).
 */
public final class SocialEngineeringCallGame extends CanvasGame<CallPainter> implements ChoiceControls.Actions {

    private final CallRound round;
    private final CallNarrator narrator;
    private final String participant;
    private final Difficulty difficulty;
    private final String languageTag;

    public SocialEngineeringCallGame(
            CallRound round,
            CallNarrator narrator,
            String participant,
            Difficulty difficulty,
            String languageTag,
            float textScale) {
        super(textScale);
        this.round = round;
        this.narrator = narrator;
        this.participant = participant;
        this.difficulty = difficulty;
        this.languageTag = languageTag;
        readKeys(new ChoiceControls(this, Map.of(Keys.H, this::hangUp)));
    }

    @Override
    protected CallPainter paint(float textScale) {
        return new CallPainter(narrator, narrator.glyphs(round), textScale);
    }

    @Override
    protected String opening() {
        return narrator.ring(round);
    }

    @Override
    protected void frame() {
        told(round.tick());
    }

    @Override
    protected void draw(CallPainter painter) {
        painter.draw(round);
    }

    /** The round, for tests. */
    public CallRound round() {
        return round;
    }

    @Override
    public void choose(int index) {
        boolean offered = index >= 0 && index < round.choiceCount();
        afterChoice(round.choose(index), offered);
    }

    @Override
    public void chooseFocused() {
        choose(round.selected());
    }

    @Override
    public void move(int steps) {
        if (round.phase() == CallRound.Phase.FEEDBACK) {
            scrollText(steps);
        } else if (round.choiceCount() > 0) {
            if (steps > 0) {
                round.selectNext();
            } else {
                round.selectPrevious();
            }
            tell(narrator.selected(round));
        }
    }

    /** H: the player ends the call. */
    void hangUp() {
        if (round.phase() == CallRound.Phase.TALKING) {
            round.hangUp();
            tell(narrator.turnPrompt(round));
        }
    }

    @Override
    public void next() {
        round.next();
        if (round.phase() == CallRound.Phase.TALKING) {
            tell(narrator.ring(round));
        } else if (round.phase() == CallRound.Phase.FINISHED) {
            finish(narrator.end(round), () -> round.result(participant, difficulty, languageTag));
        }
    }

    /** Narrates what a choice did: the feedback if it ended the call, else the caller's next turn. */
    private void afterChoice(Optional<CallFeedback> feedback, boolean offered) {
        if (feedback.isPresent()) {
            told(feedback);
        } else if (offered && round.phase() == CallRound.Phase.TALKING) {
            tell(narrator.turnPrompt(round));
        }
    }

    private void told(Optional<CallFeedback> feedback) {
        feedback.ifPresent(f -> tell(narrator.feedback(f)));
    }
}
