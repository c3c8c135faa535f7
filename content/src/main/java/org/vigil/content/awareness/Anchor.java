package org.vigil.content.awareness;

import java.util.Optional;

/**
 * Where exactly something is: a place and, usually, the text quoted from it in each language, so
 * that a game or lesson can point at the very words. Without a quote it points at the whole place.
 */
public record Anchor(Place place, Optional<LocalizedText> quote) {}
