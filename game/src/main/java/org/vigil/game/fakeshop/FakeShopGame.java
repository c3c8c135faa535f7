package org.vigil.game.fakeshop;

import com.badlogic.gdx.ApplicationAdapter;
import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Input;
import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.InputProcessor;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.PlayResult;
import org.vigil.game.gdx.ItemControls;
import org.vigil.game.host.Narration;
import org.vigil.game.host.TrainingGame;

/**
 * Fake Shop Detective as a LibGDX game: a thin layer over {@link ShopRound} that turns input into the
 * round's actions, narrates every change and draws the round when there is GL to draw with (the
 * headless backend has none, and then only the rules run).
 */
public final class FakeShopGame extends ApplicationAdapter implements TrainingGame, ItemControls.Actions<ShopVerdict> {

    private static final float MIN_SCALE = 0.75f;
    private static final float MAX_SCALE = 2.0f;
    private static final float SCALE_STEP = 0.125f;

    private final ShopRound round;
    private final ShopNarrator narrator;
    private final String participant;
    private final Difficulty difficulty;
    private final String languageTag;
    private final Narration narration = new Narration();
    private final CompletableFuture<PlayResult> result = new CompletableFuture<>();
    private final ItemControls<ShopVerdict> controls;
    private ShopPainter painter;
    private float textScale;

    public FakeShopGame(
            ShopRound round,
            ShopNarrator narrator,
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
                        return painter == null ? Input.Keys.UNKNOWN : painter.buttonAt(x, y);
                    }
                },
                Map.of(Keys.T, ShopVerdict.TRUST, Keys.D, ShopVerdict.DONT_TRUST));
    }

    @Override
    public void create() {
        if (Gdx.gl != null) {
            painter = new ShopPainter(narrator, narrator.glyphs(round), textScale);
        }
        narration.tell(narrator.item(round));
    }

    @Override
    public void resize(int width, int height) {
        if (painter != null) {
            painter.resize(width, height);
        }
    }

    @Override
    public void render() {
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
    public ShopRound round() {
        return round;
    }

    public float textScale() {
        return textScale;
    }

    @Override
    public void focusNext() {
        if (round.phase() == ShopRound.Phase.FEEDBACK && painter != null) {
            painter.scrollFeedback(1);
        } else if (round.phase() == ShopRound.Phase.INSPECTING) {
            round.focusNext();
            narration.tell(narrator.focused(round));
        }
    }

    @Override
    public void focusPrevious() {
        if (round.phase() == ShopRound.Phase.FEEDBACK && painter != null) {
            painter.scrollFeedback(-1);
        } else if (round.phase() == ShopRound.Phase.INSPECTING) {
            round.focusPrevious();
            narration.tell(narrator.focused(round));
        }
    }

    @Override
    public void toggleFlag() {
        if (round.phase() == ShopRound.Phase.INSPECTING) {
            round.toggleFlag();
            narration.tell(narrator.focused(round));
        }
    }

    @Override
    public void focusAndFlag(int part) {
        if (round.phase() == ShopRound.Phase.INSPECTING) {
            round.focus(part);
            toggleFlag();
        }
    }

    @Override
    public void judge(ShopVerdict verdict) {
        round.judge(verdict).ifPresent(f -> narration.tell(String.join("\n", narrator.feedback(f))));
    }

    @Override
    public void next() {
        round.next();
        if (round.phase() == ShopRound.Phase.INSPECTING) {
            narration.tell(narrator.item(round));
        } else if (round.phase() == ShopRound.Phase.FINISHED && !result.isDone()) {
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
}
