package org.vigil.content.awareness;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a page or terms item holds at each place, per language; the address comes from item.json. */
record HtmlTexts(String folder, Map<Language, HtmlFile> files, Optional<LocalizedText> address) implements PlaceTexts {

    @Override
    public List<PlaceRegion> at(Place place, Language language) {
        if (place.area() == Place.Area.ADDRESS) {
            return address.map(a -> List.of(PlaceRegion.of("the address", a.in(language))))
                    .orElse(List.of());
        }
        return files.get(language).at(place);
    }

    @Override
    public String fileOf(Language language) {
        return folder + language.tag() + ".html";
    }
}
