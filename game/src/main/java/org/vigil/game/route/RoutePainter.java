package org.vigil.game.route;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.GL20;
import com.badlogic.gdx.graphics.OrthographicCamera;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.utils.Align;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.content.route.DeliveryRound;
import org.vigil.game.gdx.GameFonts;
import org.vigil.game.gdx.Palette;
import org.vigil.i18n.BundledFonts;

/**
 * Draws a shift at any size: the top bar (module, delivery, difficulty, score), the map on the left, and on
 * the right the briefing with the mitigations to choose, the drive's events, or the debrief; buttons show
 * their keys. Text size follows the window's height and the player's text scale. Loop thread only; needs GL.
 */
final class RoutePainter {

    private static final float BASE_HEIGHT = 720f;

    /** A button: the key it stands for, its label's key, its fill and text colours. */
    private record Button(int key, String label, Palette fill, Palette text) {}

    private final RouteNarrator narrator;
    private final GameFonts fonts;
    private final MapView map;
    private final OrthographicCamera camera = new OrthographicCamera();
    private final ShapeRenderer shapes = new ShapeRenderer();
    private final SpriteBatch batch = new SpriteBatch();
    private final GlyphLayout layout = new GlyphLayout();
    private final Map<Integer, Rectangle> buttons = new LinkedHashMap<>();
    private final List<Rectangle> rows = new ArrayList<>();
    private float textScale;
    private float width = 1280;
    private float height = 720;
    private int scroll;

    RoutePainter(RouteNarrator narrator, CharSequence texts, float textScale) {
        this.narrator = narrator;
        this.fonts = new GameFonts(new BundledFonts(), texts);
        this.map = new MapView(narrator);
        this.textScale = textScale;
        resize(Gdx.graphics.getWidth(), Gdx.graphics.getHeight());
    }

    void resize(int newWidth, int newHeight) {
        if (newWidth > 0 && newHeight > 0) {
            width = newWidth;
            height = newHeight;
            camera.setToOrtho(true, width, height); // y-down, as input events are
            fonts.clear();
        }
    }

    void scale(float newScale) {
        textScale = newScale;
        fonts.clear();
    }

    /** Scrolls the side panel's text by lines; {@code Integer.MIN_VALUE} goes back to the top. */
    void scroll(int lines) {
        scroll = lines == Integer.MIN_VALUE ? 0 : Math.max(0, scroll + lines);
    }

    int mitigationAt(int x, int y) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(x, y)) {
                return i;
            }
        }
        return -1;
    }

    int buttonAt(int x, int y) {
        return buttons.entrySet().stream()
                .filter(b -> b.getValue().contains(x, y))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(Keys.UNKNOWN);
    }

    private float unit() {
        return 20f * textScale * height / BASE_HEIGHT;
    }

    private BitmapFont body() {
        return fonts.regular(Math.round(unit() * 0.85f));
    }

    private BitmapFont bold() {
        return fonts.bold(Math.round(unit() * 0.9f));
    }

    private BitmapFont small() {
        return fonts.regular(Math.round(unit() * 0.7f));
    }

    private BitmapFont label() {
        return fonts.bold(Math.round(unit() * 0.7f));
    }

    void draw(RouteShift shift, float progress) {
        Color canvas = Palette.CANVAS.color();
        Gdx.gl.glClearColor(canvas.r, canvas.g, canvas.b, 1);
        Gdx.gl.glClear(GL20.GL_COLOR_BUFFER_BIT);
        Gdx.gl.glEnable(GL20.GL_BLEND);
        camera.update();
        shapes.setProjectionMatrix(camera.combined);
        batch.setProjectionMatrix(camera.combined);
        rows.clear();
        buttons.clear();
        if (shift.phase() == RouteShift.Phase.FINISHED) {
            drawEnd(shift);
            return;
        }
        float u = unit();
        float top = u * 2.4f;
        drawTopBar(shift, top);
        float split = width * 0.52f;
        Rectangle mapArea = new Rectangle(u, top + u * 0.6f, split - 1.5f * u, height - top - u * 1.2f);
        clip(mapArea, () -> map.draw(shift, progress, mapArea, u, shapes, batch, small(), label()));
        float bottom = u * 2.8f;
        Rectangle side = new Rectangle(split, top + u * 0.6f, width - split - u, height - top - bottom - u * 1.2f);
        Rectangle buttonArea = new Rectangle(split, height - bottom - u * 0.2f, width - split - u, bottom - u * 0.4f);
        switch (shift.phase()) {
            case PLANNING -> drawPlanning(shift, side);
            case DRIVING -> drawDrive(shift, side, progress);
            default -> drawFeedback(shift, side);
        }
        drawButtons(shift, buttonArea, progress);
    }

    private void drawTopBar(RouteShift shift, float top) {
        float u = unit();
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.setColor(Palette.INK.color());
        shapes.rect(0, 0, width, top);
        shapes.end();
        batch.begin();
        bold().setColor(Palette.PAPER.color());
        bold().draw(
                        batch,
                        narrator.text("game.route.title") + "  ·  " + narrator.position(shift) + "  ·  "
                                + narrator.in(shift.current().title()) + "  ·  " + narrator.difficulty(shift),
                        u,
                        top * 0.3f,
                        width * 0.75f,
                        Align.left,
                        false);
        body().setColor(Palette.PAPER.color());
        body().draw(batch, narrator.score(shift), width * 0.75f, top * 0.3f, width * 0.25f - u, Align.right, false);
        batch.end();
    }

    private void drawPlanning(RouteShift shift, Rectangle side) {
        float u = unit();
        int count = shift.mitigations().size();
        float rowHeight = u * 1.45f;
        float listHeight = rowHeight * count + u * 1.6f;
        Rectangle text = new Rectangle(side.x, side.y, side.width, side.height - listHeight - u * 0.4f);
        DeliveryRound round = shift.current();
        List<String> lines = new ArrayList<>();
        lines.add(narrator.text("game.route.briefing"));
        lines.add(narrator.in(round.briefing()));
        lines.add(narrator.text("game.route.signals"));
        round.cues().forEach(c -> lines.add("•  " + narrator.in(c.signal())));
        lines.add(narrator.help(shift));
        panel(text, lines, List.of(0, 2));

        float y = side.y + side.height - listHeight;
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.setColor(Palette.PAPER.color());
        shapes.rect(side.x, y, side.width, listHeight);
        for (int i = 0; i < count; i++) {
            Rectangle row = new Rectangle(
                    side.x + u * 0.4f, y + u * 1.4f + i * rowHeight, side.width - u * 0.8f, rowHeight - 4);
            rows.add(row);
            if (i == shift.focused()) {
                shapes.setColor(Palette.BLUE.color());
                shapes.rect(row.x - 3, row.y - 3, row.width + 6, row.height + 6);
            }
            shapes.setColor(shift.isChosen(i) ? Palette.SKY.color() : Palette.CLOUD.color());
            shapes.rect(row.x, row.y, row.width, row.height);
            checkbox(row.x + u * 0.3f, row.y + (row.height - u * 0.8f) / 2, u * 0.8f, shift.isChosen(i));
        }
        shapes.end();
        batch.begin();
        bold().setColor(Palette.INK.color());
        bold().draw(
                        batch,
                        narrator.text("game.route.mitigations") + "  ·  " + narrator.budget(shift),
                        side.x + u * 0.4f,
                        y + u * 0.3f);
        for (int i = 0; i < count; i++) {
            Rectangle row = rows.get(i);
            float textY = row.y + (row.height - body().getCapHeight()) / 2 - 2;
            body().setColor(Palette.INK.color());
            String line = narrator.mitigationLine(shift, i);
            body().draw(
                            batch,
                            line,
                            row.x + u * 1.5f,
                            textY,
                            0,
                            line.length(),
                            row.width * 0.72f - u * 1.5f,
                            Align.left,
                            false,
                            "…");
            label().setColor(Palette.INK.color());
            label().draw(
                            batch,
                            narrator.text(shift.isChosen(i) ? "game.route.chosen" : "game.route.notChosen"),
                            row.x + row.width * 0.74f,
                            textY,
                            row.width * 0.26f - u * 0.3f,
                            Align.right,
                            false);
        }
        batch.end();
    }

    private void checkbox(float x, float y, float size, boolean ticked) {
        shapes.setColor(Palette.INK.color());
        shapes.rect(x, y, size, size);
        shapes.setColor(Palette.PAPER.color());
        shapes.rect(x + 2, y + 2, size - 4, size - 4);
        if (ticked) {
            shapes.setColor(Palette.INK.color());
            shapes.rectLine(x + size * 0.2f, y + size * 0.55f, x + size * 0.42f, y + size * 0.78f, size * 0.14f);
            shapes.rectLine(x + size * 0.42f, y + size * 0.78f, x + size * 0.82f, y + size * 0.25f, size * 0.14f);
        }
    }

    private void drawDrive(RouteShift shift, Rectangle side, float progress) {
        RoundReport report = shift.report().orElseThrow();
        DeliveryRound round = report.round();
        List<String> lines = new ArrayList<>();
        lines.add(narrator.text("game.route.drive.title"));
        lines.add(narrator.driveStart(shift, report));
        report.steps().subList(0, shift.revealed()).forEach(s -> lines.add(narrator.step(round, s)));
        if (progress >= round.route().size() - 1) {
            if (!round.malicious()) {
                lines.add(narrator.quietDrive(round));
            }
            lines.add(narrator.text("game.route.drive.over"));
        }
        panel(side, lines, List.of(0));
    }

    private void drawFeedback(RouteShift shift, Rectangle side) {
        RoundReport report = shift.report().orElseThrow();
        float u = unit();
        List<String> lines = new ArrayList<>();
        lines.add(narrator.text("game.route.feedback.title"));
        lines.addAll(narrator.feedback(report));
        panel(side, lines, List.of(0, 1));
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        Vector2 mark = new Vector2(side.x + side.width - u * 1.2f, side.y + u * 1.0f);
        MapView.marker(shapes, report.correct() ? StepResult.BLOCKED : StepResult.ACHIEVED, mark, u * 0.6f);
        shapes.end();
    }

    /** A white panel of wrapped lines, scrolled by {@link #scroll}; the lines at {@code boldLines} are bold. */
    private void panel(Rectangle area, List<String> lines, List<Integer> boldLines) {
        float u = unit();
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.setColor(Palette.PAPER.color());
        shapes.rect(area.x, area.y, area.width, area.height);
        shapes.end();
        int first = Math.min(scroll, Math.max(0, lines.size() - 1));
        clip(area, () -> {
            batch.begin();
            float y = area.y + u * 0.4f;
            float textWidth = area.width - u * 2.4f;
            for (int i = first; i < lines.size(); i++) {
                BitmapFont font = boldLines.contains(i) ? bold() : body();
                layout.setText(font, lines.get(i), Palette.INK.color(), textWidth, Align.left, true);
                font.draw(batch, layout, area.x + u * 0.6f, y);
                y += layout.height + u * 0.55f;
            }
            batch.end();
        });
    }

    private void drawButtons(RouteShift shift, Rectangle area, float progress) {
        List<Button> specs = switch (shift.phase()) {
            case PLANNING ->
                List.of(
                        new Button(Keys.E, "game.route.button.escalate", Palette.ORANGE, Palette.INK),
                        new Button(Keys.C, "game.route.button.carryOn", Palette.GREEN, Palette.PAPER));
            case DRIVING ->
                List.of(new Button(
                        Keys.N,
                        progress >= shift.current().route().size() - 1
                                ? "game.route.button.next"
                                : "game.route.button.skip",
                        Palette.BLUE,
                        Palette.PAPER));
            default -> List.of(new Button(Keys.N, "game.route.button.next", Palette.BLUE, Palette.PAPER));
        };
        float u = unit();
        float gap = u * 0.5f;
        float w = (area.width - gap) / 2;
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        for (int i = 0; i < specs.size(); i++) {
            Rectangle box = new Rectangle(area.x + i * (w + gap), area.y, w, area.height);
            buttons.put(specs.get(i).key(), box);
            shapes.setColor(Palette.INK.color());
            shapes.rect(box.x - 2, box.y - 2, box.width + 4, box.height + 4);
            shapes.setColor(specs.get(i).fill().color());
            shapes.rect(box.x, box.y, box.width, box.height);
        }
        shapes.end();
        batch.begin();
        for (Button spec : specs) {
            Rectangle box = buttons.get(spec.key());
            String text = narrator.text(spec.label());
            bold().setColor(spec.text().color());
            layout.setText(bold(), text);
            bold().draw(
                            batch,
                            text,
                            box.x + u,
                            box.y + (box.height - layout.height) / 2,
                            box.width - u * 2,
                            Align.left,
                            false);
        }
        batch.end();
    }

    private void drawEnd(RouteShift shift) {
        batch.begin();
        float y = height * 0.28f;
        List<String> lines = narrator.end(shift);
        for (int i = 0; i < lines.size(); i++) {
            BitmapFont font = i == 0 ? fonts.bold(Math.round(unit() * 1.8f)) : body();
            font.setColor(Palette.INK.color());
            font.draw(batch, lines.get(i), 0, y, width, Align.center, true);
            y += font.getLineHeight() * 1.6f;
        }
        batch.end();
    }

    /** Draws inside the area only; the scissor box is in the frame's pixels, y-up. */
    private void clip(Rectangle area, Runnable drawing) {
        float pixels = Gdx.graphics.getBackBufferWidth() > 0 ? Gdx.graphics.getBackBufferWidth() / width : 1f;
        Gdx.gl.glEnable(GL20.GL_SCISSOR_TEST);
        Gdx.gl.glScissor(
                Math.round(area.x * pixels),
                Math.round((height - area.y - area.height) * pixels),
                Math.round(area.width * pixels),
                Math.round(area.height * pixels));
        drawing.run();
        Gdx.gl.glDisable(GL20.GL_SCISSOR_TEST);
    }

    void dispose() {
        fonts.dispose();
        shapes.dispose();
        batch.dispose();
    }
}
