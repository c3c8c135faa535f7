package org.vigil.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fonts Vigil ships, so every language's text renders the same on every machine, whatever fonts
 * it has: Noto Sans (SIL Open Font License 1.1, see {@code fonts/OFL.txt}), which covers Latin with
 * its extensions, Greek and Cyrillic. The JavaFX window and the games load them from here.
 */
public final class BundledFonts {

    /** The family name the fonts register under. */
    public static final String FAMILY = "Noto Sans";

    private static final String FOLDER = "/org/vigil/i18n/fonts/";
    private static final List<String> FILES = List.of("NotoSans-Regular.ttf", "NotoSans-Bold.ttf");

    /** The font files' names, regular first. */
    public List<String> files() {
        return FILES;
    }

    /** The named font file's bytes, to hand to a toolkit's font loader; the caller closes it. */
    public InputStream open(String file) {
        if (!FILES.contains(file)) {
            throw new IllegalArgumentException("no bundled font " + file);
        }
        InputStream in = BundledFonts.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new UncheckedIOException(new IOException("bundled font missing from the build: " + file));
        }
        return in;
    }
}
