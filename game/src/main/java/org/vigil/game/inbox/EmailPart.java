package org.vigil.game.inbox;

import java.util.Objects;
import java.util.Optional;

/**
 * One part of an email as shown: a header's value, a paragraph of the body, a link (its visible text,
 * and in {@code target} the address it really leads to, as a mail client shows on hovering) or an
 * attachment's file name.
 */
public record EmailPart(PartKind kind, String text, Optional<String> target) {

    public EmailPart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(target, "target");
    }

    public static EmailPart of(PartKind kind, String text) {
        return new EmailPart(kind, text, Optional.empty());
    }
}
