package org.vigil.game.gdx;

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
import com.badlogic.gdx.utils.Align;
import com.badlogic.gdx.utils.Disposable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.i18n.BundledFonts;

/**
 * The surface every training game draws its screen on, at any size: a y-down camera over the frame (as
 * input events are), shapes and text batches, the bundled fonts at sizes that follow the window's height
 * and the player's text scale, and the pieces every screen has: the top bar, buttons that remember where
 * they are for clicks and show their key, a panel of wrapped text that scrolls, and the closing summary.
 * Loop thread only; needs GL.
 */
public final class GameCanvas implements TextFonts, Disposable {

    private static final float BASE_HEIGHT = 720f;

    /** A mark drawn with a button or a panel, so that its meaning is not in colour alone. */
    public enum Mark {
        NONE,
        ALERT,
        TICK,
        CROSS
    }

    /** A button: the key it stands for, its text (the key's name first), its colours and mark. */
    public record Button(int key, String text, Palette fill, Palette ink, Mark mark) {

        public Button(int key, String text, Palette fill, Palette ink) {
            this(key, text, fill, ink, Mark.NONE);
        }
    }

    /**
     * The faces' sizes in units: body, bold and small text, labels. Each module keeps its own, chosen for
     * how much text its screen holds.
     */
    public record TextSizes(float body, float bold, float label, float small) {

        /** For screens of few, short texts: items in parts and a side panel. */
        public static final TextSizes ROOMY = new TextSizes(0.9f, 0.9f, 0.75f, 0.75f);
    }

    /**
     * How a text panel sets its lines, in units: the lines in bold (the others in the small face or the
     * body's), the text's inset from the left (room for a mark) and margin on the right, the space between
     * lines.
     */
    public record PanelText(Set<Integer> boldLines, boolean smallRest, float inset, float margin, float gap) {

        /** A side panel: the first line bold, the rest small, room on the left for a mark. */
        public static final PanelText SIDE = new PanelText(Set.of(0), true, 2.2f, 0.6f, 0.6f);
    }

    private final GameFonts fonts;
    private final TextSizes sizes;
    private final OrthographicCamera camera = new OrthographicCamera();
    private final ShapeRenderer shapes = new ShapeRenderer();
    private final SpriteBatch batch = new SpriteBatch();
    private final GlyphLayout layout = new GlyphLayout();
    private final Map<Integer, Rectangle> buttons = new LinkedHashMap<>();
    private float textScale;
    private float width = 1280;
    private float height = 720;
    private int scroll;

    /** @param texts every text the game may show, so the fonts have all their characters */
    public GameCanvas(CharSequence texts, float textScale) {
        this(texts, textScale, TextSizes.ROOMY);
    }

    /** @param texts every text the game may show, so the fonts have all their characters */
    public GameCanvas(CharSequence texts, float textScale, TextSizes sizes) {
        this.fonts = new GameFonts(new BundledFonts(), texts);
        this.sizes = sizes;
        this.textScale = textScale;
        resize(Gdx.graphics.getWidth(), Gdx.graphics.getHeight());
    }

    public void resize(int newWidth, int newHeight) {
        if (newWidth > 0 && newHeight > 0) {
            width = newWidth;
            height = newHeight;
            camera.setToOrtho(true, width, height);
            fonts.clear();
        }
    }

    public void scale(float newScale) {
        textScale = newScale;
        fonts.clear();
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    @Override
    public float unit() {
        return 20f * textScale * height / BASE_HEIGHT;
    }

    @Override
    public BitmapFont body() {
        return fonts.regular(Math.round(unit() * sizes.body()));
    }

    @Override
    public BitmapFont bold() {
        return fonts.bold(Math.round(unit() * sizes.bold()));
    }

    @Override
    public BitmapFont label() {
        return fonts.bold(Math.round(unit() * sizes.label()));
    }

    @Override
    public BitmapFont small() {
        return fonts.regular(Math.round(unit() * sizes.small()));
    }

    /** The bold face at a multiple of the unit, for headings. */
    public BitmapFont heading(float units) {
        return fonts.bold(Math.round(unit() * units));
    }

    public ShapeRenderer shapes() {
        return shapes;
    }

    public SpriteBatch batch() {
        return batch;
    }

    /** A layout to measure and wrap text with; its content lasts until the next use. */
    public GlyphLayout layout() {
        return layout;
    }

    /**
     * Starts a frame: the canvas colour everywhere, blending on, both batches on the camera, and no
     * buttons until the frame draws its own.
     */
    public void begin() {
        buttons.clear();
        Color canvas = Palette.CANVAS.color();
        Gdx.gl.glClearColor(canvas.r, canvas.g, canvas.b, 1);
        Gdx.gl.glClear(GL20.GL_COLOR_BUFFER_BIT);
        Gdx.gl.glEnable(GL20.GL_BLEND);
        camera.update();
        shapes.setProjectionMatrix(camera.combined);
        batch.setProjectionMatrix(camera.combined);
    }

    /** Draws inside the area only; the scissor box is in the frame's pixels, y-up. */
    public void clip(Rectangle area, Runnable drawing) {
        float pixels = Gdx.graphics.getBackBufferWidth() > 0 ? Gdx.graphics.getBackBufferWidth() / width : 1f;
        Gdx.gl.glEnable(GL20.GL_SCISSOR_TEST);
        Gdx.gl.glScissor(
                Math.round(area.x * pixels),
                Math.round((height - area.y - area.height) * pixels),
                Math.round(area.width * pixels),
                Math.max(0, Math.round(area.height * pixels)));
        drawing.run();
        Gdx.gl.glDisable(GL20.GL_SCISSOR_TEST);
    }

    /** A filled rectangle, outside any begun batch. */
    public void fill(Palette colour, float x, float y, float w, float h) {
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.setColor(colour.color());
        shapes.rect(x, y, w, h);
        shapes.end();
    }

    /** The dark bar across the top: the module and where the player is on the left, the score on the right. */
    public void topBar(float barHeight, String left, String right) {
        fill(Palette.INK, 0, 0, width, barHeight);
        float u = unit();
        batch.begin();
        bold().setColor(Palette.PAPER.color());
        bold().draw(batch, left, u, barHeight * 0.3f);
        body().setColor(Palette.PAPER.color());
        body().draw(batch, right, width - u - width * 0.2f, barHeight * 0.3f, width * 0.2f, Align.right, false);
        batch.end();
    }

    /** The key of the button drawn at a point, or {@link Keys#UNKNOWN}. */
    public int buttonAt(float x, float y) {
        return buttons.entrySet().stream()
                .filter(b -> b.getValue().contains(x, y))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(Keys.UNKNOWN);
    }

    /** Where a button was drawn last, or null. */
    public Rectangle buttonBox(int key) {
        return buttons.get(key);
    }

    /** Buttons side by side in {@code slots} equal columns across the area, remembered for clicks. */
    public void buttonRow(Rectangle area, List<Button> row, int slots) {
        float gap = unit() * 0.5f;
        float w = (area.width - gap * (slots - 1)) / slots;
        for (int i = 0; i < row.size(); i++) {
            button(row.get(i), new Rectangle(area.x + i * (w + gap), area.y, w, area.height), false);
        }
    }

    /**
     * One button in a box, remembered for clicks; a selected one has a thick frame and a marker, so that
     * the keyboard's focus shows without colour.
     */
    public void button(Button spec, Rectangle box, boolean selected) {
        button(spec, box, selected, bold());
    }

    /** One of several replies on offer, as a button: its text in the body face, bold while selected. */
    public void choice(Button spec, Rectangle box, boolean selected) {
        button(spec, box, selected, selected ? bold() : body());
    }

    /** The height of a reply's text wrapped in a box this wide, for replies as tall as their text. */
    public float choiceTextHeight(Button spec, float boxWidth) {
        layout.setText(body(), spec.text(), Palette.INK.color(), buttonTextWidth(spec, boxWidth), Align.left, true);
        return layout.height;
    }

    private void button(Button spec, Rectangle box, boolean selected, BitmapFont font) {
        buttons.put(spec.key(), box);
        float u = unit();
        float frame = selected ? Math.max(4, u * 0.25f) : 2;
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.setColor(Palette.INK.color());
        shapes.rect(box.x - frame, box.y - frame, box.width + 2 * frame, box.height + 2 * frame);
        shapes.setColor(spec.fill().color());
        shapes.rect(box.x, box.y, box.width, box.height);
        mark(spec.mark(), box.x + u, box.y + box.height / 2, u * 0.55f);
        if (selected) {
            shapes.setColor(Palette.INK.color());
            shapes.triangle(
                    box.x - frame - u * 0.6f,
                    box.y + box.height / 2 - u * 0.4f,
                    box.x - frame - u * 0.6f,
                    box.y + box.height / 2 + u * 0.4f,
                    box.x - frame - u * 0.1f,
                    box.y + box.height / 2);
        }
        shapes.end();
        batch.begin();
        font.setColor(spec.ink().color());
        layout.setText(font, spec.text(), spec.ink().color(), buttonTextWidth(spec, box.width), Align.left, true);
        font.draw(batch, layout, box.x + buttonTextX(spec), box.y + (box.height - layout.height) / 2);
        batch.end();
    }

    /** Where a button's text starts: after its mark, if it has one. */
    private float buttonTextX(Button spec) {
        return spec.mark() == Mark.NONE ? unit() * 0.6f : unit() * 2;
    }

    private float buttonTextWidth(Button spec, float boxWidth) {
        return boxWidth - buttonTextX(spec) - unit() * 0.4f;
    }

    /** Scrolls the text panel by lines (the arrows while feedback shows); never above its first line. */
    public void scrollText(int lines) {
        scroll = Math.max(0, scroll + lines);
    }

    /** Back to the text panel's first line, as when its text changes. */
    public void resetScroll() {
        scroll = 0;
    }

    /**
     * A paper panel of wrapped lines, the first in bold, from the scrolled-to line on; with a mark at its
     * top left (a tick for a right answer, a cross for a wrong one).
     */
    public void textPanel(Rectangle area, List<String> lines, Mark mark) {
        textPanel(area, lines, mark, PanelText.SIDE);
    }

    /** A paper panel of wrapped lines set as {@code text} says, from the scrolled-to line on; with a mark. */
    public void textPanel(Rectangle area, List<String> lines, Mark mark, PanelText text) {
        float u = unit();
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.setColor(Palette.PAPER.color());
        shapes.rect(area.x, area.y, area.width, area.height);
        mark(mark, area.x + u, area.y + u, u * 0.7f);
        shapes.end();
        if (lines.isEmpty()) {
            return;
        }
        clip(area, () -> {
            batch.begin();
            float y = area.y + u * 0.4f;
            float textX = area.x + u * text.inset();
            float textWidth = area.width - u * (text.inset() + text.margin());
            for (int i = Math.min(scroll, lines.size() - 1); i < lines.size(); i++) {
                BitmapFont font = text.boldLines().contains(i) ? bold() : text.smallRest() ? small() : body();
                layout.setText(font, lines.get(i), Palette.INK.color(), textWidth, Align.left, true);
                font.draw(batch, layout, textX, y);
                y += layout.height + u * text.gap();
            }
            batch.end();
        });
    }

    /** The closing summary, centred: its first line as a heading. */
    public void endScreen(List<String> lines) {
        batch.begin();
        float y = height * 0.3f;
        for (int i = 0; i < lines.size(); i++) {
            BitmapFont font = i == 0 ? heading(1.8f) : body();
            font.setColor(Palette.INK.color());
            font.draw(batch, lines.get(i), 0, y, width, Align.center, true);
            y += font.getLineHeight() * 1.6f;
        }
        batch.end();
    }

    /** Draws a mark with the filled shapes already begun. */
    private void mark(Mark mark, float cx, float cy, float r) {
        switch (mark) {
            case ALERT -> Marks.alert(shapes, cx, cy, r);
            case TICK -> Marks.tick(shapes, cx, cy, r);
            case CROSS -> Marks.cross(shapes, cx, cy, r);
            case NONE -> {}
        }
    }

    @Override
    public void dispose() {
        fonts.dispose();
        shapes.dispose();
        batch.dispose();
    }
}
