package org.vigil.game.inbox;

import com.badlogic.gdx.ApplicationAdapter;
import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.InputProcessor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.PlayResult;
import org.vigil.game.gdx.ItemControls;
import org.vigil.game.host.Narration;
import org.vigil.game.host.TrainingGame;

/**
 * Inbox Triage as a LibGDX game: a thin layer over {@link InboxRound} that turns input into the
 * round's actions, narrates every change and draws the round when there is GL to draw with (the
 * headless backend has none, and then only the rules run).
 */
public final class InboxTriageGame extends ApplicationAdapter implements TrainingGame, ItemControls.Actions<Answer> {

    private static final float MIN_SCALE = 0.75f;
    private static final float MAX_SCALE = 2.0f;
    private static final float SCALE_STEP = 0.125f;

    private final InboxRound round;
    private final InboxNarrator narrator;
    private final String participant;
    private final Difficulty difficulty;
    private final String languageTag;
    private final Narration narration = new Narration();
    private final CompletableFuture<PlayResult> result = new CompletableFuture<>();
    private final ItemControls<Answer> controls;
    private InboxPainter painter;
    private float textScale;

    public InboxTriageGame(
            InboxRound round,
            InboxNarrator narrator,
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
        this.controls = new ItemControls<>(
                this,
                new ItemControls.Hits() {
                    @Override
                    public int partAt(int x, int y) {
                        return painter == null ? -1 : painter.partAt(x, y);
                    }

                    @Override
                    public int buttonAt(int x, int y) {
                        return painter == null ? com.badlogic.gdx.Input.Keys.UNKNOWN : painter.buttonAt(x, y);
                    }
                },
                Map.of(Keys.P, Answer.PHISHING, Keys.L, Answer.LEGITIMATE));
    }

    @Override
    public void create() {
        if (Gdx.gl != null) {
            painter = new InboxPainter(narrator, narrator.glyphs(round), textScale);
        }
        narration.tell(narrator.email(round));
    }

    @Override
    public void resize(int width, int height) {
        if (painter != null) {
            painter.resize(width, height);
        }
    }

    @Override
    public void render() {
        round.expireIfDue().ifPresent(this::told);
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

    /** The round, for tests and the painter's previews. */
    public InboxRound round() {
        return round;
    }

    @Override
    public void focusNext() {
        if (round.phase() == InboxRound.Phase.FEEDBACK && painter != null) {
            painter.scrollFeedback(1);
        } else if (round.phase() == InboxRound.Phase.READING) {
            round.focusNext();
            narration.tell(narrator.focused(round));
        }
    }

    @Override
    public void focusPrevious() {
        if (round.phase() == InboxRound.Phase.FEEDBACK && painter != null) {
            painter.scrollFeedback(-1);
        } else if (round.phase() == InboxRound.Phase.READING) {
            round.focusPrevious();
            narration.tell(narrator.focused(round));
        }
    }

    @Override
    public void toggleFlag() {
        if (round.phase() == InboxRound.Phase.READING) {
            round.toggleFlag();
            narration.tell(narrator.focused(round));
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
            narration.tell(narrator.email(round));
        } else if (round.phase() == InboxRound.Phase.FINISHED && !result.isDone()) {
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

    public float textScale() {
        return textScale;
    }

    private void told(EmailFeedback feedback) {
        List<String> lines = narrator.feedback(feedback);
        narration.tell(String.join("\n", lines));
    }
}
