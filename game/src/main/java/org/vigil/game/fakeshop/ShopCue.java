package org.vigil.game.fakeshop;

import java.util.Set;

/**
 * A sign that an item is malicious, located in the parts the player can flag: flagging any of {@code
 * parts} finds it. {@code cue} is what results record and spaced repetition practises (a NIST Phish
 * Scale cue such as {@code DOMAIN_SPOOFING}, or for an abusive clause its topic such as {@code
 * RIGHT_OF_WITHDRAWAL}); {@code nameKey} is the message key of its name; {@code explanation} is the
 * content's own, in the round's language.
 */
public record ShopCue(String id, String cue, String nameKey, Set<Integer> parts, String explanation) {

    public ShopCue {
        parts = Set.copyOf(parts);
    }
}
