package org.vigil.game.gdx;

import com.badlogic.gdx.ApplicationAdapter;
import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.InputProcessor;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.vigil.core.training.PlayResult;
import org.vigil.game.host.Narration;
import org.vigil.game.host.TrainingGame;

/**
 * What every training module's game does around its rules: narrates, completes its result once, keeps
 * the player's text scale within bounds, and draws on a {@link GameCanvas} only when there is GL to draw
 * with (the headless backend has none, and then only the rules run). A base class rather than a part,
 * since these are the LibGDX listener's own lifecycle methods: the module fills in the few steps that
 * differ.
 *
 * @param <P> the module's painter
 */
public abstract class CanvasGame<P extends CanvasGame.Painter> extends ApplicationAdapter
        implements TrainingGame, GameKeys.Moves {

    /**
     * A module's painter: it draws on one canvas, which the game resizes, rescales and disposes, and
     * finds what a click hits: the canvas's buttons, and the module's items if it has any.
     */
    public interface Painter extends GameKeys.Hits {
        GameCanvas canvas();

        @Override
        default int buttonAt(int x, int y) {
            return canvas().buttonAt(x, y);
        }
    }

    private static final float MIN_SCALE = 0.75f;
    private static final float MAX_SCALE = 2.0f;
    private static final float SCALE_STEP = 0.125f;

    private final Narration narration = new Narration();
    private final CompletableFuture<PlayResult> result = new CompletableFuture<>();
    private P painter;
    private float textScale;
    private GameKeys keys;

    protected CanvasGame(float textScale) {
        this.textScale = textScale;
    }

    /** Makes the painter, with GL at hand. */
    protected abstract P paint(float textScale);

    /** The first line narrated, as the round opens. */
    protected abstract String opening();

    /** The rules' work each frame, GL or not (a timer running out); nothing by default. */
    protected void frame() {}

    /** Draws the frame with the painter. */
    protected abstract void draw(P painter);

    @Override
    public final void create() {
        if (Gdx.gl != null) {
            painter = paint(textScale);
        }
        narration.tell(opening());
    }

    @Override
    public final void resize(int width, int height) {
        painter().ifPresent(p -> p.canvas().resize(width, height));
    }

    @Override
    public final void render() {
        frame();
        painter().ifPresent(this::draw);
    }

    @Override
    public final void dispose() {
        painter().ifPresent(p -> p.canvas().dispose());
    }

    @Override
    public final CompletableFuture<PlayResult> result() {
        return result;
    }

    @Override
    public final void onNarration(Consumer<String> listener) {
        narration.listen(listener);
    }

    /**
     * Reads the module's own keys, then the shared ones; clicks land on what the painter drew last. Called
     * once, from the module's constructor.
     */
    protected final void readKeys(GameKeys.OwnKeys own) {
        keys = new GameKeys(own, this, new GameKeys.Hits() {
            @Override
            public int buttonAt(int x, int y) {
                return painter().map(p -> p.buttonAt(x, y)).orElse(Keys.UNKNOWN);
            }

            @Override
            public int itemAt(int x, int y) {
                return painter().map(p -> p.itemAt(x, y)).orElse(-1);
            }
        });
    }

    @Override
    public final InputProcessor input() {
        return keys;
    }

    /** Larger or smaller text by steps, within bounds; + and - in every module. */
    @Override
    public final void scaleText(int steps) {
        textScale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, textScale + steps * SCALE_STEP));
        painter().ifPresent(p -> p.canvas().scale(textScale));
    }

    public final float textScale() {
        return textScale;
    }

    /** The painter, absent without GL. */
    protected final Optional<P> painter() {
        return Optional.ofNullable(painter);
    }

    /** Scrolls the canvas's text panel by lines, when there is one. */
    protected final void scrollText(int lines) {
        painter().ifPresent(p -> p.canvas().scrollText(lines));
    }

    protected final void tell(String line) {
        narration.tell(line);
    }

    /** Narrates several lines (feedback, the summary) as one. */
    protected final void tell(List<String> lines) {
        narration.tell(String.join("\n", lines));
    }

    /** Narrates the summary and completes the result, once. */
    protected final void finish(List<String> summary, Supplier<PlayResult> play) {
        if (!result.isDone()) {
            tell(summary);
            result.complete(play.get());
        }
    }
}
