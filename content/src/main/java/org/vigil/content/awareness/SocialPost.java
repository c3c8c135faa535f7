package org.vigil.content.awareness;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A social-media post, online ad, SMS or chat message, in every language, with an optional picture. */
public record SocialPost(
        TemplateInfo info,
        Optional<String> illustration,
        Optional<Reactions> reactions,
        Map<Language, PostContent> content)
        implements AttackTemplate {

    public SocialPost {
        content = Collections.unmodifiableMap(new EnumMap<>(content));
    }

    @Override
    public ItemType type() {
        return ItemType.POST;
    }

    @Override
    public Set<Language> languages() {
        return content.keySet();
    }
}
