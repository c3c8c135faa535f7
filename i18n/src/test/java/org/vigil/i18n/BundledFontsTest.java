package org.vigil.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The shipped fonts can draw every character of every language's texts, so nothing shows as boxes. */
class BundledFontsTest {

    private final BundledFonts fonts = new BundledFonts();

    @Test
    void everyCharacterOfEveryBundleInEveryLanguageHasAGlyphInEveryShippedFont() throws Exception {
        // given every text of every bundle family in every language
        StringBuilder all = new StringBuilder();
        for (Language language : BundleFiles.bundleLanguages()) {
            for (BundleFamily family : BundleFamily.all()) {
                BundleFiles.read(family, language).values().values().forEach(all::append);
            }
        }
        assertThat(all.toString()).contains("Ά", "ă", "ł", "ß", "ç"); // the test reads real translations

        for (String file : fonts.files()) {
            // when the font is loaded
            Font font;
            try (InputStream in = fonts.open(file)) {
                font = Font.createFont(Font.TRUETYPE_FONT, in);
            }

            // then it has a glyph for each of those characters
            assertThat(font.getFamily()).isEqualTo(BundledFonts.FAMILY);
            List<String> missing = new ArrayList<>();
            all.codePoints()
                    .filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c))
                    .filter(c -> !font.canDisplay(c))
                    .forEach(c -> missing.add(Character.toString(c)));
            assertThat(new TreeSet<>(missing)).as(file).isEmpty();
        }
    }

    @Test
    void theFontsCoverGreekCyrillicAndLatinExtended() throws Exception {
        // given sample letters of the scripts the audiences read
        String letters = "ĄąĆćĘęŁłŃńŚśŹźŻż ĂăÂâÎîȘșȚț ÁáÉéÍíÓóÚúÃãÕõÇç ÄäÖöÜüß ΑαΒβΓγΔδΆάΈέΉήΊίΌόΎύΏώ ДдЖжЩщЯя €";
        try (InputStream in = fonts.open(fonts.files().get(0))) {
            // when
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);

            // then
            assertThat(font.canDisplayUpTo(letters)).isEqualTo(-1);
        }
    }
}
