package org.vigil.content.awareness;

/**
 * An anchor as read from item.json, with the JSON path of the marker holding it so that a quote
 * that cannot be found is reported where the writer can fix it. {@code quotePerLanguage} tells
 * whether the quote was written per language ({@code $.x.quote.de}) or once for all.
 */
record LocatedAnchor(String path, Anchor anchor, boolean quotePerLanguage) {}
