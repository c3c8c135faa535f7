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
import org.vigil.game.gdx.Marks;
import org.vigil.game.gdx.Palette;
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
    private final List<Rectangle> drawn = new ArrayList<>();
    private final GlyphLayout layout = new GlyphLayout();
    private float scroll;
    private int scrolledFor = -1;

    EmailCard(InboxNarrator narrator) {
        this.narrator = narrator;
    }

    /** The part drawn at a point, or -1. */
    int partAt(float x, float y) {
        for (int i = 0; i < drawn.size(); i++) {
            if (drawn.get(i).contains(x, y)) {
                return i;
            }
        }
        return -1;
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
        keepFocusInView(round, boxes, area.height);
        drawn.clear();
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.setColor(Palette.PAPER.color());
        shapes.rect(area.x, area.y, area.width, area.height);
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle box = placed(boxes.get(i), area);
            drawn.add(box);
            if (email.parts().get(i).kind() == PartKind.LINK) {
                shapes.setColor(Palette.CLOUD.color());
                shapes.rect(box.x, box.y, box.width, box.height);
            }
            if (round.isFlagged(i) && feedback.isEmpty()) {
                shapes.setColor(Palette.VERMILION.color());
                shapes.rect(box.x, box.y, pad * 0.6f, box.height);
                Marks.alert(
                        shapes,
                        box.x + box.width - fonts.unit() * 1.2f,
                        box.y + fonts.unit() * 1.1f,
                        fonts.unit() * 0.7f);
            }
            feedback.ifPresent(f -> markVerdict(f, box, fonts, shapes));
        }
        shapes.end();
        shapes.begin(ShapeRenderer.ShapeType.Line);
        if (feedback.isEmpty() && round.focusedPart() < drawn.size()) {
            Rectangle focus = drawn.get(round.focusedPart());
            shapes.setColor(Palette.BLUE.color());
            for (int w = 0; w < 3; w++) {
                shapes.rect(focus.x + w, focus.y + w, focus.width - 2 * w, focus.height - 2 * w);
            }
        }
        shapes.end();
        feedback.ifPresent(f -> dashMissed(f, fonts, shapes));
        batch.begin();
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle box = drawn.get(i);
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

    private void keepFocusInView(InboxRound round, List<Rectangle> boxes, float height) {
        if (round.focusedPart() >= boxes.size()) {
            return;
        }
        if (round.position() != scrolledFor) {
            scroll = 0;
            scrolledFor = round.position();
        }
        Rectangle focus = boxes.get(round.focusedPart());
        if (focus.y < scroll) {
            scroll = focus.y;
        } else if (focus.y + focus.height > scroll + height) {
            scroll = focus.y + focus.height - height;
        }
    }

    private Rectangle placed(Rectangle box, Rectangle area) {
        return new Rectangle(box.x, area.y + box.y - scroll, box.width, box.height);
    }

    private void markVerdict(EmailFeedback feedback, Rectangle box, TextFonts fonts, ShapeRenderer shapes) {
        int index = drawn.size() - 1;
        float x = box.x + box.width - fonts.unit() * 1.2f;
        float y = box.y + fonts.unit() * 1.1f;
        boolean holdsFound = feedback.clues().stream()
                .anyMatch(c -> c.found() && c.clue().parts().contains(index));
        boolean holdsMissed = feedback.clues().stream()
                .anyMatch(c -> !c.found() && c.clue().parts().contains(index));
        if (holdsFound) {
            Marks.tick(shapes, x, y, fonts.unit() * 0.7f);
        } else if (holdsMissed) {
            Marks.alert(shapes, x, y, fonts.unit() * 0.7f);
        }
    }

    private void dashMissed(EmailFeedback feedback, TextFonts fonts, ShapeRenderer shapes) {
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.setColor(Palette.VERMILION.color());
        for (ClueResult clue : feedback.clues()) {
            if (clue.found()) {
                continue;
            }
            for (int part : clue.clue().parts()) {
                if (part < drawn.size()) {
                    Marks.dashedOutline(shapes, drawn.get(part), fonts.unit() * 0.5f, 2f);
                }
            }
        }
        shapes.end();
    }
}
