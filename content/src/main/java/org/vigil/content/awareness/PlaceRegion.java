package org.vigil.content.awareness;

import java.util.List;

/**
 * The text at a place in one language, as one or more regions that must each contain a quote (an
 * email's body is its text/plain and its text/html part), each region one or more candidate texts
 * of which one must contain it (an email's links).
 */
record PlaceRegion(String description, List<String> texts) {

    PlaceRegion {
        texts = List.copyOf(texts);
    }

    static PlaceRegion of(String description, String text) {
        return new PlaceRegion(description, List.of(text));
    }
}
