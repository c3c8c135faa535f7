package org.vigil.game.tabletop;

import com.badlogic.gdx.ApplicationAdapter;
import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Input;
import com.badlogic.gdx.InputProcessor;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.vigil.core.training.PlayResult;
import org.vigil.game.host.Narration;
import org.vigil.game.host.TrainingGame;

/**
 * Ransomware Tabletop as a LibGDX game: a thin layer over {@link TabletopRound} that turns input into
 * the round's actions, narrates every change and draws the exercise when there is GL to draw with
 * (the headless backend has none, and then only the rules and the engine run).
 */
public final class RansomwareTabletopGame extends ApplicationAdapter implements TrainingGame, TabletopControls.Actions {

    private static final float MIN_SCALE = 0.75f;
    private static final float MAX_SCALE = 2.0f;
    private static final float SCALE_STEP = 0.125f;

    private final TabletopRound round;
    private final TabletopNarrator narrator;
    private final List<String> services;
    private final String participant;
    private final String languageTag;
    private final Narration narration = new Narration();
    private final CompletableFuture<PlayResult> result = new CompletableFuture<>();
    private final TabletopControls controls;
    private TabletopPainter painter;
    private float textScale;

    public RansomwareTabletopGame(
            TabletopRound round,
            TabletopNarrator narrator,
            List<String> services,
            String participant,
            String languageTag,
            float textScale) {
        this.round = round;
        this.narrator = narrator;
        this.services = List.copyOf(services);
        this.participant = participant;
        this.languageTag = languageTag;
        this.textScale = textScale;
        this.controls = new TabletopControls(this, new TabletopControls.Hits() {
            @Override
            public int optionAt(int x, int y) {
                return painter == null ? -1 : painter.optionAt(x, y);
            }

            @Override
            public int buttonAt(int x, int y) {
                return painter == null ? Input.Keys.UNKNOWN : painter.buttonAt(x, y);
            }
        });
    }

    @Override
    public void create() {
        if (Gdx.gl != null) {
            painter = new TabletopPainter(narrator, services, textScale);
        }
        narration.tell(narrator.text("game.tabletop.intro") + "\n" + narrator.stage(round));
    }

    @Override
    public void resize(int width, int height) {
        if (painter != null) {
            painter.resize(width, height);
        }
    }

    @Override
    public void render() {
        round.expireIfDue().ifPresent(f -> narration.tell(String.join("\n", narrator.feedback(f))));
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
    public TabletopRound round() {
        return round;
    }

    public float textScale() {
        return textScale;
    }

    @Override
    public void choose(int index) {
        round.choose(index).ifPresent(f -> narration.tell(String.join("\n", narrator.feedback(f))));
    }

    @Override
    public void chooseFocused() {
        choose(round.focusedOption());
    }

    @Override
    public void moveFocus(int steps) {
        if (round.phase() != TabletopRound.Phase.DECIDING) {
            if (painter != null) {
                painter.scrollFeedback(steps); // the arrows scroll a long feedback
            }
            return;
        }
        if (steps > 0) {
            round.focusNext();
        } else {
            round.focusPrevious();
        }
        narration.tell(narrator.focused(round));
    }

    @Override
    public void next() {
        round.next();
        if (round.phase() == TabletopRound.Phase.DECIDING) {
            narration.tell(narrator.stage(round));
        } else if (round.phase() == TabletopRound.Phase.FINISHED && !result.isDone()) {
            narration.tell(String.join("\n", narrator.end(round)));
            result.complete(round.result(participant, languageTag));
        }
    }

    @Override
    public void scaleText(int steps) {
        textScale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, textScale + steps * SCALE_STEP));
        if (painter != null) {
            painter.scale(textScale);
        }
    }
}
