package org.vigil.game.call;

import com.badlogic.gdx.ApplicationAdapter;
import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Input;
import com.badlogic.gdx.InputProcessor;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.PlayResult;
import org.vigil.game.host.Narration;
import org.vigil.game.host.TrainingGame;

/**
 * Social Engineering Call as a LibGDX game: a thin layer over {@link CallRound} that turns input into
 * the round's actions, checks the reply limit every frame, narrates every change and draws the round
 * when there is GL to draw with (the headless backend has none, and then only the rules run).
 */
public final class SocialEngineeringCallGame extends ApplicationAdapter implements TrainingGame, CallControls.Actions {

    private static final float MIN_SCALE = 0.75f;
    private static final float MAX_SCALE = 2.0f;
    private static final float SCALE_STEP = 0.125f;

    private final CallRound round;
    private final CallNarrator narrator;
    private final String participant;
    private final Difficulty difficulty;
    private final String languageTag;
    private final Narration narration = new Narration();
    private final CompletableFuture<PlayResult> result = new CompletableFuture<>();
    private final CallControls controls;
    private CallPainter painter;
    private float textScale;

    public SocialEngineeringCallGame(
            CallRound round,
            CallNarrator narrator,
            String participant,
            Difficulty difficulty,
            String languageTag,
            float textScale) {
        this.round = round;
        this.narrator = narrator;
        this.participant = participant;
        this.difficulty = difficulty;
        this.languageTag = languageTag;
        this.textScale = textScale;
        this.controls = new CallControls(this, (x, y) -> painter == null ? Input.Keys.UNKNOWN : painter.buttonAt(x, y));
    }

    @Override
    public void create() {
        if (Gdx.gl != null) {
            painter = new CallPainter(narrator, narrator.glyphs(round), textScale);
        }
        narration.tell(narrator.ring(round));
    }

    @Override
    public void resize(int width, int height) {
        if (painter != null) {
            painter.resize(width, height);
        }
    }

    @Override
    public void render() {
        tell(round.tick());
        if (painter != null) {
            painter.draw(round);
        }
    }

    @Override
    public void dispose() {
        if (painter != null) {
            painter.dispose();
        }
    }

    @Override
    public InputProcessor input() {
        return controls;
    }

    @Override
    public CompletableFuture<PlayResult> result() {
        return result;
    }

    @Override
    public void onNarration(Consumer<String> listener) {
        narration.listen(listener);
    }

    /** The round, for tests. */
    public CallRound round() {
        return round;
    }

    public float textScale() {
        return textScale;
    }

    @Override
    public void choose(int index) {
        boolean offered = index >= 0 && index < round.choiceCount();
        afterChoice(round.choose(index), offered);
    }

    @Override
    public void chooseSelected() {
        choose(round.selected());
    }

    @Override
    public void moveSelection(int steps) {
        if (round.phase() == CallRound.Phase.FEEDBACK && painter != null) {
            painter.scrollFeedback(steps);
        } else if (round.choiceCount() > 0) {
            if (steps > 0) {
                round.selectNext();
            } else {
                round.selectPrevious();
            }
            narration.tell(narrator.selected(round));
        }
    }

    @Override
    public void hangUp() {
        if (round.phase() == CallRound.Phase.TALKING) {
            round.hangUp();
            narration.tell(narrator.turnPrompt(round));
        }
    }

    @Override
    public void next() {
        round.next();
        if (round.phase() == CallRound.Phase.TALKING) {
            narration.tell(narrator.ring(round));
        } else if (round.phase() == CallRound.Phase.FINISHED && !result.isDone()) {
            narration.tell(String.join("\n", narrator.end(round)));
            result.complete(round.result(participant, difficulty, languageTag));
        }
    }

    @Override
    public void scaleText(int steps) {
        textScale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, textScale + steps * SCALE_STEP));
        if (painter != null) {
            painter.scale(textScale);
        }
    }

    /** Narrates what a choice did: the feedback if it ended the call, else the caller's next turn. */
    private void afterChoice(Optional<CallFeedback> feedback, boolean offered) {
        if (feedback.isPresent()) {
            tell(feedback);
        } else if (offered && round.phase() == CallRound.Phase.TALKING) {
            narration.tell(narrator.turnPrompt(round));
        }
    }

    private void tell(Optional<CallFeedback> feedback) {
        feedback.ifPresent(f -> narration.tell(String.join("\n", narrator.feedback(f))));
    }
}
