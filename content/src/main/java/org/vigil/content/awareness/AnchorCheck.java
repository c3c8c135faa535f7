package org.vigil.content.awareness;

import java.util.List;
import org.vigil.content.json.JsonFields;

/**
 * Checks that every anchor's place exists and its quote is really there, in every language, so
 * that games and lessons can point at the words a red flag is about.
 */
final class AnchorCheck {

    private AnchorCheck() {}

    static void check(JsonFields json, List<LocatedAnchor> anchors, PlaceTexts texts) {
        for (LocatedAnchor located : anchors) {
            Anchor anchor = located.anchor();
            for (Language language : Language.values()) {
                List<PlaceRegion> regions = texts.at(anchor.place(), language);
                if (regions.isEmpty()) {
                    json.report(
                            JsonFields.child(located.path(), "at"),
                            "there is no " + anchor.place() + " in " + texts.fileOf(language));
                    continue;
                }
                if (anchor.quote().isEmpty()) {
                    continue;
                }
                String quote = anchor.quote().get().in(language);
                for (PlaceRegion region : regions) {
                    if (region.texts().stream().noneMatch(text -> TextMatch.contains(text, quote))) {
                        String quotePath = JsonFields.child(located.path(), "quote");
                        json.report(
                                located.quotePerLanguage() ? JsonFields.child(quotePath, language.tag()) : quotePath,
                                "\"" + quote + "\" not found in " + region.description() + " of "
                                        + texts.fileOf(language));
                    }
                }
            }
        }
    }
}
