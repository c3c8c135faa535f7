package org.vigil.game.fakeshop;

/** What the player decided about a page, terms or post. */
public enum ShopVerdict {
    TRUST,
    DONT_TRUST;

    /** Whether the player warned themselves off the item. */
    public boolean distrusted() {
        return this == DONT_TRUST;
    }
}
