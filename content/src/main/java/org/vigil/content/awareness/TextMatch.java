package org.vigil.content.awareness;

import java.text.Normalizer;

/**
 * How quotes are matched against content: Unicode-normalised (NFC, so Greek and Romanian accents
 * typed either way match) and with every run of white space, line breaks included, as one space.
 */
final class TextMatch {

    private TextMatch() {}

    static String normalise(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return nfc.replaceAll("[\\s\\u00A0\\u202F]+", " ").trim();
    }

    static boolean contains(String haystack, String quote) {
        return normalise(haystack).contains(normalise(quote));
    }

    /** The 1-based line on which {@code offset} lies. */
    static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
