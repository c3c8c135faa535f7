package org.vigil.game.fakeshop;

import java.util.Objects;

/** One part of an item as shown: the address, a heading, a paragraph, a form field's label, a clause... */
public record ShopPart(ShopPartKind kind, String text) {

    public ShopPart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
