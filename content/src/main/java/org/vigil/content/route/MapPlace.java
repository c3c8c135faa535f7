package org.vigil.content.route;

import org.vigil.content.awareness.LocalizedText;

/** A place on a round's map, at {@code x}, {@code y} from 0 to 100 (y down), with its name. */
public record MapPlace(String id, PlaceKind kind, int x, int y, LocalizedText name) {}
