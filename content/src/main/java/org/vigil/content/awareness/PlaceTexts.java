package org.vigil.content.awareness;

import java.util.List;

/** What an item holds at each place, per language; an empty list means the place does not exist there. */
interface PlaceTexts {

    List<PlaceRegion> at(Place place, Language language);

    /** The file that holds the language, for messages: {@code emails/x/de.eml}. */
    String fileOf(Language language);
}
