package org.vigil.game.fakeshop;

import java.util.Set;

/** Why a part of an item is sound (a trust signal, a fair clause), and where that shows, for the feedback. */
public record ShopTrustNote(String id, Set<Integer> parts, String explanation) {

    public ShopTrustNote {
        parts = Set.copyOf(parts);
    }
}
