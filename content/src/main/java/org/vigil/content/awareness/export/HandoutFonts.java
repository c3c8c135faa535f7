package org.vigil.content.awareness.export;

import java.io.InputStream;
import java.util.function.Supplier;

/**
 * The TrueType fonts a handout is set in, regular and bold, opened afresh for each document (the
 * caller's bundled Noto Sans, which covers Greek, Polish and Romanian). Each is embedded as a
 * subset with its Unicode map, so the handout's text can be searched and copied.
 */
public record HandoutFonts(Supplier<InputStream> regular, Supplier<InputStream> bold) {}
