package org.vigil.content.awareness;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigil.content.json.JsonFields;

/** Reads the {@code at} and {@code quote} of a marker and checks the place suits the item type. */
final class AnchorFields {

    private AnchorFields() {}

    static Optional<LocatedAnchor> read(JsonFields json, JsonNode marker, String path, Set<Place.Area> areas) {
        Optional<Place> place = json.text(marker, path, "at").flatMap(at -> {
            Optional<Place> parsed = Place.parse(at).filter(p -> areas.contains(p.area()));
            if (parsed.isEmpty()) {
                json.report(JsonFields.child(path, "at"), "unknown place \"" + at + "\"; expected " + describe(areas));
            }
            return parsed;
        });
        JsonNode quoteNode = marker.get("quote");
        Optional<LocalizedText> quote = LocalizedFields.optionalQuote(json, marker, path, "quote");
        boolean quoteBroken = quoteNode != null && !quoteNode.isNull() && quote.isEmpty();
        if (place.isEmpty() || quoteBroken) {
            return Optional.empty();
        }
        return Optional.of(
                new LocatedAnchor(path, new Anchor(place.get(), quote), quoteNode != null && quoteNode.isObject()));
    }

    static String describe(Set<Place.Area> areas) {
        return areas.stream()
                .sorted()
                .map(a -> a.isNamed() ? a.key() + ":<" + (a == Place.Area.HEADER ? "Name" : "id") + ">" : a.key())
                .collect(Collectors.joining(", "));
    }
}
