package org.vigil.i18n;

import java.util.EnumMap;
import java.util.Map;

/** Gives the messages of any language, reading each language's bundles once. */
public final class MessageCatalog {

    private final Map<Language, Messages> loaded = new EnumMap<>(Language.class);

    public synchronized Messages messages(Language language) {
        return loaded.computeIfAbsent(language, this::load);
    }

    private Messages load(Language language) {
        Map<String, String> english = BundleMessages.load(Language.EN);
        if (language == Language.PSEUDO) {
            return new PseudoMessages(new BundleMessages(Language.EN, english, english));
        }
        Map<String, String> own = language == Language.EN ? english : BundleMessages.load(language);
        return new BundleMessages(language, own, english);
    }
}
