package org.vigil.game.fakeshop;

import com.badlogic.gdx.Input.Keys;
import java.util.Map;
import org.vigil.core.training.Difficulty;
import org.vigil.game.gdx.CanvasGame;
import org.vigil.game.gdx.ItemControls;

/**
 * Fake Shop Detective as a LibGDX game: a thin layer over {@link ShopRound} that turns input into the
 * round's actions, narrates every change and draws the round when there is GL to draw with.
 */
public final class FakeShopGame extends CanvasGame<ShopPainter> implements ItemControls.Actions<ShopVerdict> {

    private final ShopRound round;
    private final ShopNarrator narrator;
    private final String participant;
    private final Difficulty difficulty;
    private final String languageTag;

    public FakeShopGame(
            ShopRound round,
            ShopNarrator narrator,
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
        readKeys(new ItemControls<>(this, Map.of(Keys.T, ShopVerdict.TRUST, Keys.D, ShopVerdict.DONT_TRUST)));
    }

    @Override
    protected ShopPainter paint(float textScale) {
        return new ShopPainter(narrator, narrator.glyphs(round), textScale);
    }

    @Override
    protected String opening() {
        return narrator.item(round);
    }

    @Override
    protected void draw(ShopPainter painter) {
        painter.draw(round);
    }

    /** The round, for tests. */
    public ShopRound round() {
        return round;
    }

    @Override
    public void move(int steps) {
        if (round.phase() == ShopRound.Phase.FEEDBACK) {
            scrollText(steps);
        } else if (round.phase() == ShopRound.Phase.INSPECTING) {
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
        if (round.phase() == ShopRound.Phase.INSPECTING) {
            round.toggleFlag();
            tell(narrator.focused(round));
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
        round.judge(verdict).ifPresent(f -> tell(narrator.feedback(f)));
    }

    @Override
    public void next() {
        round.next();
        if (round.phase() == ShopRound.Phase.INSPECTING) {
            tell(narrator.item(round));
        } else if (round.phase() == ShopRound.Phase.FINISHED) {
            finish(narrator.end(round), () -> round.result(participant, difficulty, languageTag));
        }
    }
}
