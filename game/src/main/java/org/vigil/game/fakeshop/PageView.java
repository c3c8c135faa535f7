package org.vigil.game.fakeshop;

import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.utils.Align;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.game.gdx.Palette;
import org.vigil.game.gdx.PartBoxes;
import org.vigil.game.gdx.TextFonts;

/**
 * The item drawn as a browser or a feed shows it: the address and tab title on grey browser chrome,
 * then headings, text, prices (bold), form fields (their label over an empty input box), buttons (a
 * filled bar) and clauses, each with its kind in a label column, scrolled so the focused part is in
 * view. Marks never rely on colour: the focused part has a thick outline and a "›", a flagged one a
 * bar, a "!" disc and the word "flagged"; after the verdict each sign's part shows a tick (found) or a
 * dashed outline and "!" (missed). Remembers where each part was drawn, for clicks. y-down.
 */
final class PageView {

    private final ShopNarrator narrator;
    private final PartBoxes drawn = new PartBoxes();
    private final GlyphLayout layout = new GlyphLayout();

    PageView(ShopNarrator narrator) {
        this.narrator = narrator;
    }

    /** The part drawn at a point, or -1. */
    int partAt(float x, float y) {
        return drawn.partAt(x, y);
    }

    void draw(ShopRound round, Rectangle area, TextFonts fonts, ShapeRenderer shapes, SpriteBatch batch) {
        ShopItem item = round.current();
        Optional<ShopFeedback> feedback = round.feedback();
        float pad = fonts.unit() * 0.6f;
        float labelWidth = fonts.unit() * 6.5f;
        float textWidth = area.width - labelWidth - 3 * pad - fonts.unit() * 2.5f;
        List<Rectangle> boxes = new ArrayList<>();
        float y = 0;
        for (ShopPart part : item.parts()) {
            layout.setText(font(part, fonts), part.text(), Palette.INK.color(), textWidth, Align.left, true);
            float extra = part.kind() == ShopPartKind.FIELD ? fonts.body().getLineHeight() + pad : 0;
            float height = Math.max(layout.height, fonts.body().getLineHeight()) + extra + 2 * pad;
            boxes.add(new Rectangle(area.x, y, area.width, height));
            y += height + pad * 0.5f;
        }
        drawn.place(boxes, area, round.position(), round.focusedPart());
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.setColor(Palette.PAPER.color());
        shapes.rect(area.x, area.y, area.width, area.height);
        for (int i = 0; i < drawn.size(); i++) {
            drawBackground(item.parts().get(i), drawn.box(i), labelWidth, pad, fonts, shapes);
            if (round.isFlagged(i) && feedback.isEmpty()) {
                drawn.markFlagged(shapes, i, pad * 0.6f, fonts);
            }
            int index = i;
            feedback.ifPresent(f -> markVerdict(f, index, fonts, shapes));
        }
        feedback.ifPresent(f -> drawn.dashMissed(shapes, missedParts(f), fonts));
        shapes.end();
        if (feedback.isEmpty()) {
            drawn.outlineFocus(shapes, round.focusedPart());
        }
        batch.begin();
        for (int i = 0; i < drawn.size(); i++) {
            drawText(round, i, labelWidth, textWidth, pad, fonts, batch);
        }
        batch.end();
    }

    private void drawBackground(
            ShopPart part, Rectangle box, float labelWidth, float pad, TextFonts fonts, ShapeRenderer shapes) {
        float textX = box.x + labelWidth + 2 * pad;
        switch (part.kind()) {
            case ADDRESS, TITLE, LINK -> {
                shapes.setColor(Palette.CLOUD.color()); // browser chrome and link previews are grey
                shapes.rect(box.x, box.y, box.width, box.height);
            }
            case BUTTON, CALL_TO_ACTION -> {
                shapes.setColor(Palette.MIST.color());
                shapes.rect(textX - pad * 0.5f, box.y + pad * 0.5f, box.width - labelWidth - 3 * pad, box.height - pad);
            }
            case FIELD -> {
                float line = fonts.body().getLineHeight();
                Rectangle input = new Rectangle(textX, box.y + box.height - pad - line, fonts.unit() * 12, line);
                shapes.setColor(Palette.SLATE.color());
                shapes.rect(input.x - 1, input.y - 1, input.width + 2, input.height + 2);
                shapes.setColor(Palette.PAPER.color());
                shapes.rect(input.x, input.y, input.width, input.height);
            }
            default -> {}
        }
    }

    private void drawText(
            ShopRound round, int i, float labelWidth, float textWidth, float pad, TextFonts fonts, SpriteBatch batch) {
        Rectangle box = drawn.box(i);
        ShopPart part = round.current().parts().get(i);
        boolean reading = round.feedback().isEmpty();
        BitmapFont label = fonts.label();
        label.setColor(Palette.SLATE.color());
        String marker = reading && i == round.focusedPart() ? "› " : "";
        label.draw(
                batch, marker + narrator.partName(part.kind()), box.x + pad, box.y + pad, labelWidth, Align.left, true);
        BitmapFont body = font(part, fonts);
        body.setColor(part.kind() == ShopPartKind.LINK ? Palette.BLUE.color() : Palette.INK.color());
        body.draw(batch, part.text(), box.x + labelWidth + 2 * pad, box.y + pad, textWidth, Align.left, true);
        if (round.isFlagged(i) && reading) {
            fonts.small().setColor(Palette.VERMILION.color());
            fonts.small()
                    .draw(
                            batch,
                            narrator.text("game.fakeshop.flagged"),
                            box.x + pad,
                            box.y + box.height - pad * 0.2f - fonts.small().getLineHeight());
        }
    }

    private static BitmapFont font(ShopPart part, TextFonts fonts) {
        return switch (part.kind()) {
            case HEADING, PRICE, ADDRESS, BUTTON, CALL_TO_ACTION, AUTHOR -> fonts.bold();
            default -> fonts.body();
        };
    }

    private void markVerdict(ShopFeedback feedback, int index, TextFonts fonts, ShapeRenderer shapes) {
        boolean holdsFound = feedback.cues().stream()
                .anyMatch(c -> c.found() && c.cue().parts().contains(index));
        boolean holdsMissed = feedback.cues().stream()
                .anyMatch(c -> !c.found() && c.cue().parts().contains(index));
        drawn.markVerdict(shapes, index, holdsFound, holdsMissed, fonts);
    }

    private static List<Integer> missedParts(ShopFeedback feedback) {
        return feedback.cues().stream()
                .filter(cue -> !cue.found())
                .flatMap(cue -> cue.cue().parts().stream())
                .toList();
    }
}
