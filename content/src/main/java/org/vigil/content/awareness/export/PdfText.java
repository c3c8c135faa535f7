package org.vigil.content.awareness.export;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text as a PDF font can show it: without the characters the font has no glyph for (which PDFBox
 * would refuse to write), white space as single plain spaces; and its width on the page. Remembers per
 * font which characters it can encode. Shared by the handouts and the incident and situation reports.
 */
public final class PdfText {

    private final Map<PDFont, Map<Integer, Boolean>> encodable = new HashMap<>();

    /** The text without characters the font has no glyph for, runs of white space as one space. */
    public String printable(String text, PDFont font) {
        Map<Integer, Boolean> known = encodable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (!Character.isISOControl(cp) && known.computeIfAbsent(cp, c -> encodes(font, c))) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** The width of the text in points at the given size. */
    public static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static boolean encodes(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
