package org.vigil.game.inbox;

import com.badlogic.gdx.Input.Keys;
import java.util.Map;
import org.vigil.core.training.Difficulty;
import org.vigil.game.gdx.CanvasGame;
import org.vigil.game.gdx.ItemControls;

/**
 * Inbox Triage as a LibGDX game: a thin layer over {@link InboxRound} that turns input into the
 * round's actions, narrates every change and draws the round when there is GL to draw with.
 */
public final class InboxTriageGame extends CanvasGame<InboxPainter> implements ItemControls.Actions<Answer> {

    private final InboxRound round;
    private final InboxNarrator narrator;
    private final String participant;
    private final Difficulty difficulty;
    private final String languageTag;

    public InboxTriageGame(
            InboxRound round,
            InboxNarrator narrator,
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
        readKeys(new ItemControls<>(this, Map.of(Keys.P, Answer.PHISHING, Keys.L, Answer.LEGITIMATE)));
    }

    @Override
    protected InboxPainter paint(float textScale) {
        return new InboxPainter(narrator, narrator.glyphs(round), textScale);
    }

    @Override
    protected String opening() {
        return narrator.email(round);
    }

    @Override
    protected void frame() {
        round.expireIfDue().ifPresent(this::told);
    }

    @Override
    protected void draw(InboxPainter painter) {
        painter.draw(round);
    }

    /** The round, for tests and the painter's previews. */
    public InboxRound round() {
        return round;
    }

    @Override
    public void move(int steps) {
        if (round.phase() == InboxRound.Phase.FEEDBACK) {
            scrollText(steps);
        } else if (round.phase() == InboxRound.Phase.READING) {
            if (steps > 0) {
                round.focusNext();
            } else {
                round.focusPrevious();
            }
            tell(narrator.focused(round));
        }
    }

    @Override
    public void toggleFlag() {
        if (round.phase() == InboxRound.Phase.READING) {
            round.toggleFlag();
            tell(narrator.focused(round));
        }
    }

    @Override
    public void focusAndFlag(int part) {
        if (round.phase() == InboxRound.Phase.READING) {
            round.focus(part);
            toggleFlag();
        }
    }

    @Override
    public void judge(Answer answer) {
        round.judge(answer).ifPresent(this::told);
    }

    @Override
    public void next() {
        round.next();
        if (round.phase() == InboxRound.Phase.READING) {
            tell(narrator.email(round));
        } else if (round.phase() == InboxRound.Phase.FINISHED) {
            finish(narrator.end(round), () -> round.result(participant, difficulty, languageTag));
        }
    }

    private void told(EmailFeedback feedback) {
        tell(narrator.feedback(feedback));
    }
}
