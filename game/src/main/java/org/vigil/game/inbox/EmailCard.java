package org.vigil.game.inbox;

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
 * The email drawn as a mail client shows it: a label column (From, Subject, Link...) and the parts'
 * text wrapped beside it, scrolled so the focused part is always in view. Marks never rely on colour:
 * the focused part has a thick outline and a "›", a flagged one a bar, a "!" disc and the word
 * "flagged"; after the verdict each red flag's part shows a tick (found) or a dashed outline and "!"
 * (missed). Remembers where each part was drawn, for clicks. Coordinates are y-down.
 */
final class EmailCard {

    private final InboxNarrator narrator;
    private final PartBoxes drawn = new PartBoxes();
    private final GlyphLayout layout = new GlyphLayout();

    EmailCard(InboxNarrator narrator) {
        this.narrator = narrator;
    }

    /** The part drawn at a point, or -1. */
    int partAt(float x, float y) {
        return drawn.partAt(x, y);
    }

    void draw(InboxRound round, Rectangle area, TextFonts fonts, ShapeRenderer shapes, SpriteBatch batch) {
        InboxEmail email = round.current();
        Optional<EmailFeedback> feedback = round.feedback();
        float pad = fonts.unit() * 0.6f;
        float labelWidth = fonts.unit() * 6.5f;
        float textWidth = area.width - labelWidth - 3 * pad - fonts.unit() * 2.5f;
        List<Rectangle> boxes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        float y = 0;
        for (EmailPart part : email.parts()) {
            String text = part.target()
                    .filter(target -> !target.equals(part.text()))
                    .map(target -> narrator.text("game.inbox.link", part.text(), target))
                    .orElse(part.text());
            layout.setText(fonts.body(), text, Palette.INK.color(), textWidth, Align.left, true);
            float height = Math.max(layout.height, fonts.body().getLineHeight()) + 2 * pad;
            boxes.add(new Rectangle(area.x, y, area.width, height));
            texts.add(text);
            y += height + pad * 0.5f;
        }
        drawn.place(boxes, area, round.position(), round.focusedPart());
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.setColor(Palette.PAPER.color());
        shapes.rect(area.x, area.y, area.width, area.height);
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle box = drawn.box(i);
            if (email.parts().get(i).kind() == PartKind.LINK) {
                shapes.setColor(Palette.CLOUD.color());
                shapes.rect(box.x, box.y, box.width, box.height);
            }
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
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle box = drawn.box(i);
            EmailPart part = email.parts().get(i);
            BitmapFont label = fonts.label();
            label.setColor(Palette.SLATE.color());
            String marker = feedback.isEmpty() && i == round.focusedPart() ? "› " : "";
            label.draw(
                    batch,
                    marker + narrator.partName(part.kind()),
                    box.x + pad,
                    box.y + pad,
                    labelWidth,
                    Align.left,
                    true);
            BitmapFont body = part.kind() == PartKind.SUBJECT ? fonts.bold() : fonts.body();
            body.setColor(part.kind() == PartKind.LINK ? Palette.BLUE.color() : Palette.INK.color());
            body.draw(batch, texts.get(i), box.x + labelWidth + 2 * pad, box.y + pad, textWidth, Align.left, true);
            if (round.isFlagged(i) && feedback.isEmpty()) {
                fonts.small().setColor(Palette.VERMILION.color());
                fonts.small()
                        .draw(
                                batch,
                                narrator.text("game.inbox.flagged"),
                                box.x + labelWidth + 2 * pad,
                                box.y + box.height - pad * 0.2f - fonts.small().getLineHeight());
            }
        }
        batch.end();
    }

    private void markVerdict(EmailFeedback feedback, int index, TextFonts fonts, ShapeRenderer shapes) {
        boolean holdsFound = feedback.clues().stream()
                .anyMatch(c -> c.found() && c.clue().parts().contains(index));
        boolean holdsMissed = feedback.clues().stream()
                .anyMatch(c -> !c.found() && c.clue().parts().contains(index));
        drawn.markVerdict(shapes, index, holdsFound, holdsMissed, fonts);
    }

    private static List<Integer> missedParts(EmailFeedback feedback) {
        return feedback.clues().stream()
                .filter(clue -> !clue.found())
                .flatMap(clue -> clue.clue().parts().stream())
                .toList();
    }
}
