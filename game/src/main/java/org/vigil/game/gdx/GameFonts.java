package org.vigil.game.gdx;

import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator.FreeTypeFontParameter;
import com.badlogic.gdx.utils.Disposable;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.vigil.i18n.BundledFonts;

/**
 * Bitmap fonts rendered by FreeType from the bundled Noto Sans, with every character the nine
 * languages need (Latin with its extensions, Romanian's comma-below letters, Greek, the euro and
 * typographic punctuation) plus any other character of the texts the game will show, since FreeType
 * draws only the characters it is given. Fonts are flipped for a y-down camera. Loop thread only.
 */
public final class GameFonts implements Disposable {

    private static final String PUNCTUATION = "\u00A0–—‘’‚“”„•…‹›€°·×";

    private final FreeTypeFontGenerator regular;
    private final FreeTypeFontGenerator bold;
    private final String characters;
    private final Map<String, BitmapFont> made = new HashMap<>();

    public GameFonts(BundledFonts fonts, CharSequence texts) {
        this.regular = new FreeTypeFontGenerator(
                new BundledFontFile(fonts, fonts.files().get(0)));
        this.bold = new FreeTypeFontGenerator(
                new BundledFontFile(fonts, fonts.files().get(1)));
        this.characters = characters(texts);
    }

    /** The regular face at a pixel size, made once. */
    public BitmapFont regular(int pixels) {
        return made.computeIfAbsent("r" + pixels, key -> make(regular, pixels));
    }

    public BitmapFont bold(int pixels) {
        return made.computeIfAbsent("b" + pixels, key -> make(bold, pixels));
    }

    /** Drops the fonts made so far, as when the text size changes. */
    public void clear() {
        made.values().forEach(BitmapFont::dispose);
        made.clear();
    }

    @Override
    public void dispose() {
        clear();
        regular.dispose();
        bold.dispose();
    }

    private BitmapFont make(FreeTypeFontGenerator generator, int pixels) {
        FreeTypeFontParameter parameter = new FreeTypeFontParameter();
        parameter.size = pixels;
        parameter.characters = characters;
        parameter.flip = true;
        parameter.incremental = false;
        BitmapFont font = generator.generateFont(parameter);
        font.setUseIntegerPositions(true);
        return font;
    }

    static String characters(CharSequence texts) {
        TreeSet<Integer> all = new TreeSet<>();
        FreeTypeFontGenerator.DEFAULT_CHARS.codePoints().forEach(all::add);
        range(all, 0x00A0, 0x017F); // Latin-1 and Latin Extended-A: Polish, German, French, Portuguese...
        range(all, 0x0218, 0x021B); // Romanian ș ț with comma below
        range(all, 0x0384, 0x03CE); // Greek with tonos
        PUNCTUATION.codePoints().forEach(all::add);
        texts.codePoints().filter(c -> !Character.isISOControl(c)).forEach(all::add);
        StringBuilder out = new StringBuilder();
        all.forEach(out::appendCodePoint);
        return out.toString();
    }

    private static void range(TreeSet<Integer> all, int from, int to) {
        for (int c = from; c <= to; c++) {
            all.add(c);
        }
    }
}
