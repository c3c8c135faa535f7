package org.vigil.content.awareness;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a post holds at each place, per language; all languages live in the one item.json. */
record PostTexts(String file, Map<Language, PostContent> content) implements PlaceTexts {

    @Override
    public List<PlaceRegion> at(Place place, Language language) {
        PostContent post = content.get(language);
        Optional<String> text = switch (place.area()) {
            case AUTHOR -> Optional.of(post.author());
            case HANDLE -> Optional.of(post.handle());
            case BODY -> Optional.of(post.body());
            case LINK -> post.link();
            case LINK_TITLE -> post.linkTitle();
            case CALL_TO_ACTION -> post.callToAction();
            default -> Optional.empty();
        };
        return text.map(t -> List.of(PlaceRegion.of("the " + place.area().key() + " in content." + language.tag(), t)))
                .orElse(List.of());
    }

    @Override
    public String fileOf(Language language) {
        return file;
    }
}
