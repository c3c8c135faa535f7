package org.vigil.game.call;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vigil.content.awareness.Language;
import org.vigil.content.call.CallReader;
import org.vigil.content.call.PhoneCall;

/** The real calls, read once per language for all tests of the module. */
final class ShippedCalls {

    private static final Map<Language, List<PhoneCall>> READ = new EnumMap<>(Language.class);

    private ShippedCalls() {}

    static synchronized List<PhoneCall> in(Language language) {
        return READ.computeIfAbsent(language, l -> CallReader.shipped().read(l).orThrow());
    }

    /** Named calls in the given order. */
    static List<PhoneCall> named(Language language, String... ids) {
        return List.of(ids).stream()
                .map(id -> in(language).stream()
                        .filter(c -> c.id().equals(id))
                        .findFirst()
                        .orElseThrow())
                .toList();
    }
}
