package org.vigil.content.awareness;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A simulated web page, in every language: inert HTML (no scripts, nothing loaded from outside,
 * forms that post nowhere) and the address the browser would show for it.
 */
public record LandingPage(
        TemplateInfo info,
        LocalizedText address,
        boolean captureCredentials,
        Optional<LocalizedText> redirectUrl,
        Map<Language, String> html)
        implements AttackTemplate {

    public LandingPage {
        html = Collections.unmodifiableMap(new EnumMap<>(html));
    }

    @Override
    public ItemType type() {
        return ItemType.LANDING_PAGE;
    }

    @Override
    public Set<Language> languages() {
        return html.keySet();
    }
}
