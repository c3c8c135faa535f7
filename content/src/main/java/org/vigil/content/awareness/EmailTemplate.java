package org.vigil.content.awareness;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A simulated email, phishing or a legitimate look-alike, in every language. {@code linkTarget} is
 * the address a reader sees on hovering the link that GoPhish fills with {@code {{.URL}}}; lessons
 * and games show it in its place.
 */
public record EmailTemplate(
        TemplateInfo info,
        Optional<LocalizedText> linkTarget,
        Optional<String> landingPage,
        Map<Language, EmailMessage> messages)
        implements AttackTemplate {

    public EmailTemplate {
        messages = Collections.unmodifiableMap(new EnumMap<>(messages));
    }

    @Override
    public ItemType type() {
        return ItemType.EMAIL;
    }

    @Override
    public Set<Language> languages() {
        return messages.keySet();
    }

    public EmailMessage message(Language language) {
        return messages.get(language);
    }
}
